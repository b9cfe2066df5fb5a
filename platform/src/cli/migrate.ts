/** `npm run migrate`: provisions the database and applies every subgraph's migrations, then exits. */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { createLogger, dataDirFromEnv } from '@sisa/kernel';
import { migrateAll } from '../database/migrate';
import { openPlatformDatabase } from '../database/open';
import { PLATFORM_SUBGRAPHS } from '../subgraphs';

async function main() {
  const logger = createLogger('migrate');
  const db = await openPlatformDatabase({ dataDir: dataDirFromEnv(), logger });
  try {
    await migrateAll(db.layout.ownerUrl, PLATFORM_SUBGRAPHS, logger);
  } finally {
    await db.embedded?.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
