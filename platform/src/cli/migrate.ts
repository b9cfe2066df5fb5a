/**
 * `npm run migrate`: provisions the database and applies every subgraph's migrations, then exits;
 * with `SISA_SEED=demo`, loads the demo data too (never under `NODE_ENV=production`). Containers
 * run it as the step before the services (compose's `migrate`, the Kubernetes Job).
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { createLogger, dataDirFromEnv } from '@sisa/kernel';
import { migrateAll } from '../database/migrate';
import { openPlatformDatabase } from '../database/open';
import { seedDemoData } from '../seedAll';
import { PLATFORM_SUBGRAPHS } from '../subgraphs';

async function main() {
  const logger = createLogger('migrate');
  const db = await openPlatformDatabase({ dataDir: dataDirFromEnv(), logger });
  try {
    await migrateAll(db.layout.ownerUrl, PLATFORM_SUBGRAPHS, logger);
    if (process.env.SISA_SEED === 'demo')
      await seedDemoData(db.layout.ownerUrl, PLATFORM_SUBGRAPHS, logger);
  } finally {
    await db.embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
