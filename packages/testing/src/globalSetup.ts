/**
 * Jest global setup: one PostgreSQL for the whole run (DATABASE_URL when set, else the embedded
 * one in .data/test-pg), and a fresh database provisioned and migrated for this run. Runs in
 * Jest's parent process, which resolves workspace packages to their sources (`npm test` sets
 * NODE_OPTIONS=--conditions=sisa-source).
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createLogger, SUBGRAPHS_ENV, subgraphsEnvValue } from '@sisa/kernel';
import {
  migrateAll,
  openPlatformDatabase,
  PLATFORM_SUBGRAPHS,
  type PlatformDatabase,
} from '@sisa/platform';

declare global {
  var __SISA_TEST_DB__: PlatformDatabase | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
      .once('error', reject)
      .listen(0, '127.0.0.1', () => {
        const { port } = server.address() as AddressInfo;
        server.close(() => resolve(port));
      });
  });
}

export default async function globalSetup(config: { rootDir: string }): Promise<void> {
  // What `npm start` tells every process: the platform's subgraphs (workers inherit it).
  process.env[SUBGRAPHS_ENV] = subgraphsEnvValue(PLATFORM_SUBGRAPHS);
  const logger = createLogger('test-db', process.env.SISA_TEST_LOG_LEVEL ?? 'warn');
  const database = `sisa_test_${randomBytes(4).toString('hex')}`;
  const dataDir = join(config.rootDir, '.data');
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
