import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

// The gateway serves the built console at /admin and the API beside it; `npm run dev` proxies
// the API to a gateway on :4000 (`npm start` at the root), so the browser sees one origin.
const gateway = process.env.SISA_GATEWAY_URL ?? 'http://127.0.0.1:4000';

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  // @sisa/italia's TypeScript sources (ES modules) rather than its CommonJS build: the fiscal-code
  // checks tree-shake into the subject form's chunk, never into the first screen.
  resolve: { conditions: ['sisa-source', ...defaultClientConditions] },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // scripts/first-screen-size.mjs reads it to measure the JavaScript of the first screen.
    manifest: true,
    target: 'es2022',
    // The budget that matters is gzipped JS per screen (scripts/first-screen-size.mjs, 700 KB);
    // react-admin + MUI + React make one ~520 KB minified chunk, loaded once and cached.
    chunkSizeWarningLimit: 700,
  },
  server: {
    port: 5173,
    proxy: {
      '/graphql': gateway,
      '/oauth': gateway,
      '/files': gateway,
      '/health': gateway,
    },
  },
});
