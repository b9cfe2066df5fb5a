import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startTestPlatform, type TestPlatform } from '@sisa/testing';

/**
 * The built console (`npm run build` at the root, or `npm run build -w @sisa/admin-ui`);
 * SISA_ADMIN_UI_DIST points the browser tests at another build (e.g. the previous commit's, to
 * see a new test fail on it).
 */
export const ADMIN_UI_DIST =
  process.env.SISA_ADMIN_UI_DIST ?? join(__dirname, '..', '..', 'admin-ui', 'dist');

export interface ConsolePlatform extends TestPlatform {
  /** `${gatewayUrl}/admin/`. */
  consoleUrl: string;
}

/** The config subgraph and a gateway serving the built console; fails clearly when it is not built. */
export async function startConsolePlatform(): Promise<ConsolePlatform> {
  if (!existsSync(join(ADMIN_UI_DIST, 'index.html'))) {
    throw new Error(
      `La console non è compilata (manca ${ADMIN_UI_DIST}/index.html): eseguire "npm run build" alla radice ` +
        '(npm test lo fa da sé) o "npm run build -w @sisa/admin-ui".',
    );
  }
  const platform = await startTestPlatform(['config'], { adminUiDir: ADMIN_UI_DIST });
  return { ...platform, consoleUrl: `${platform.gatewayUrl}/admin/` };
}
