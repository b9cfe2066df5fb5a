import { Client } from 'pg';

/**
 * What PostgreSQL alone spends on the registry's two lookups, as the registry service role inside
 * a tenant (row-level security on): the median execution time of the search function (the
 * trigram match of the words, counted, and the first page of 25 by name) and of the fiscal-code
 * lookup, from EXPLAIN ANALYZE. Separates the database from the Node processes when the machine
 * is busy.
 */
export async function databaseTimes(
  serviceUrl: string,
  tenantId: string,
  queries: readonly string[],
  fiscalCodes: readonly string[],
): Promise<{ searchMs: number; byCodeMs: number }> {
  const client = new Client({ connectionString: serviceUrl });
  await client.connect();
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const executionMs = async (sql: string, params: unknown[]) => {
    const { rows } = await client.query<{ 'QUERY PLAN': [{ 'Execution Time': number }] }>(
      `explain (analyze, format json) ${sql}`,
      params,
    );
    return rows[0]!['QUERY PLAN'][0]['Execution Time'];
  };
  try {
    await client.query('begin');
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const search: number[] = [];
    const byCode: number[] = [];
    for (let round = 0; round < 5; round++) {
      for (const q of queries) {
        const words = q.toLowerCase().split(/\s+/);
        search.push(
          await executionMs(
            `select * from registry.subject_search_page($1::jsonb, null, null, null, '{last_name,asc,first_name,asc,id,asc}', 25, 0)`,
            [JSON.stringify(words)],
          ),
        );
      }
      for (const code of fiscalCodes.slice(0, 20)) {
        byCode.push(
          await executionMs(
            `select * from registry.subject where fiscal_code = $1 and archived_at is null`,
            [code],
          ),
        );
      }
    }
    await client.query('commit');
    return { searchMs: median(search), byCodeMs: median(byCode) };
  } finally {
    await client.end();
  }
}
