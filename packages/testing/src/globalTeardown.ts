import { dropDatabase } from '@sisa/platform';

/** Drops the run's database (unless SISA_KEEP_TEST_DB=1) and stops the embedded server. */
export default async function globalTeardown(): Promise<void> {
  const db = globalThis.__SISA_TEST_DB__;
  if (!db) return;
  if (process.env.SISA_KEEP_TEST_DB !== '1') await dropDatabase(db.adminUrl, db.layout.database);
  await db.embedded?.stop();
}
