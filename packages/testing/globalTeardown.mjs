export default async function globalTeardown() {
  const db = globalThis.__SISA_TEST_DB__;
  if (!db) return;
  const { dropDatabase } = await import('@sisa/platform');
  if (process.env.SISA_KEEP_TEST_DB !== '1') await dropDatabase(db.adminUrl, db.layout.database);
  await db.embedded?.stop();
}
