import { Client } from 'pg';
import { createOrm, type Logger } from '@sisa/kernel';
import type { PlatformSubgraph } from '../subgraphs';

/**
 * Applies every pending migration of every subgraph, each in its own schema, as the owner role,
 * then the subgraph's reference data (system lists, parameter sets…).
 */
export async function migrateAll(
  ownerUrl: string,
  subgraphs: readonly PlatformSubgraph[],
  logger?: Logger,
): Promise<void> {
  for (const { name, module, syncReferenceData } of subgraphs) {
    const orm = await createOrm({
      schema: name,
      entities: module.entities,
      migrations: module.migrations,
      clientUrl: ownerUrl,
      poolMax: 2,
    });
    try {
      const applied = await orm.getMigrator().up();
      if (applied.length)
        logger?.info(
          { subgraph: name, migrations: applied.map((m) => m.name) },
          'migrations applied',
        );
      await syncReferenceData?.(orm);
    } finally {
      await orm.close(true);
    }
  }
  await grantSessionCheck(
    ownerUrl,
    subgraphs.map((s) => s.name),
  );
}

/**
 * Every subgraph checks sessions through `auth.session_state` (config's migrations create it,
 * owned by the system role): its service role gets `execute` here, after the migrations, so a
 * subgraph added later gets it too (config's migration granted it to the subgraphs of its day).
 * The owner acts as the system role, the function's owner, for the grant alone.
 */
export async function grantSessionCheck(ownerUrl: string, names: readonly string[]): Promise<void> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ exists: boolean; database: string }>(
      `select to_regprocedure('auth.session_state(uuid)') is not null as exists, current_database() as database`,
    );
    if (!rows[0]?.exists) return;
    const database = rows[0].database;
    await client.query('begin');
    await client.query(`set local role ${client.escapeIdentifier(`${database}_system`)}`);
    for (const name of names)
      await client.query(
        `grant execute on function auth.session_state(uuid) to ${client.escapeIdentifier(`${database}_${name}`)}`,
      );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
