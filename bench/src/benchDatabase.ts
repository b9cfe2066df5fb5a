import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '@sisa/kernel';
import { openPlatformDatabase } from '@sisa/platform';

/**
 * A bench's own data folder and database: `database` on the server at `DATABASE_URL`, else on an
 * embedded PostgreSQL in the folder, listening on `embeddedPort` (one per bench, so two benches
 * can run side by side).
 */
export async function openBenchDatabase(
  name: string,
  options: { database: string; embeddedPort: number; logger: Logger },
) {
  const dir = mkdtempSync(join(tmpdir(), `sisa-bench-${name}-`));
  // Embedded PostgreSQL runs as its own user, who must reach the folder.
  chmodSync(dir, 0o755);
  const db = await openPlatformDatabase({
    dataDir: dir,
    logger: options.logger,
    database: options.database,
    embeddedDir: join(dir, 'pg'),
    embeddedPort: options.embeddedPort,
  });
  return { dir, db };
}
