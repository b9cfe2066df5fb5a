import { Client } from 'pg';
import type { SubgraphName } from '@sisa/kernel';

/** The run's test database, provisioned and migrated by the global setup. */
export interface TestDatabase {
  adminUrl: string;
  database: string;
  ownerUrl: string;
  serviceUrls: Record<SubgraphName, string>;
  /** The gateway's role (rate-limit counters and CORS origins only). */
  gatewayUrl: string;
  roles: { owner: string; gateway: string; services: Record<SubgraphName, string> };
}

export function testDatabase(): TestDatabase {
  const raw = process.env.SISA_TEST_DB;
  if (!raw)
    throw new Error(
      'SISA_TEST_DB mancante: i test vanno lanciati con jest dalla radice (npm test)',
    );
  return JSON.parse(raw) as TestDatabase;
}

/** Runs `work` with a plain pg client on `url`, then closes it. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
