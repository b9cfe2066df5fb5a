import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API explorer (GraphiQL from npm, nothing from a CDN), built apart from the console: the
// gateway serves dist/explorer at /explorer (built after the console), off in production unless SISA_EXPLORER=on.
export default defineConfig({
  root: 'explorer',
  base: '/explorer/',
  plugins: [react()],
  build: {
    outDir: '../dist/explorer',
    emptyOutDir: true,
    target: 'es2022',
    // Monaco (GraphiQL's editor) is one large chunk, loaded only by the explorer.
    chunkSizeWarningLimit: 5000,
  },
  worker: { format: 'es' },
});
