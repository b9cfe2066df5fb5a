import type { EntityManager } from '@mikro-orm/postgresql';
import { TENANT_FILTER } from './orm';

/**
 * Opens the operation's transaction and binds it to the tenant: PostgreSQL row-level security
 * reads `app.tenant_id` (transaction-local, so it can never leak to the next pooled request) and
 * the MikroORM tenant filter gets the same value.
 *
 * `readAudit`: the transaction of a GraphQL query, whose only writes are the access-audit rows of
 * what it read. Its commit does not wait for the disk (`synchronous_commit = off`, this transaction
 * only): a flush costs about 4 ms on this kind of machine, on every read of a person's record. A
 * crash of the database server itself (not of a service) could lose the audit rows of the last
 * fraction of a second (at most three `wal_writer_delay`, 600 ms by default); it can never lose
 * or half-write data, and every write operation keeps waiting for the disk.
 */
export async function beginTenantTransaction(
  em: EntityManager,
  tenantId: string | null,
  actor: string | null,
  options: { readAudit?: boolean } = {},
): Promise<void> {
  await em.begin();
  await em.execute(
    // Other transactions keep the server's setting (which may ask for more, e.g. replicas).
    `select set_config('app.tenant_id', ?, true), set_config('app.actor', ?, true),
            set_config('synchronous_commit', coalesce(?, current_setting('synchronous_commit')), true)`,
    [tenantId ?? '', actor ?? '', options.readAudit ? 'off' : null],
  );
  if (tenantId) em.setFilterParams(TENANT_FILTER, { tenantId });
}

/** Runs `work` in a tenant-bound transaction on a fresh fork (jobs, seeds, background work). */
export async function inTenantTransaction<T>(
  rootEm: EntityManager,
  tenantId: string | null,
  work: (em: EntityManager) => Promise<T>,
  actor: string | null = 'system',
): Promise<T> {
  const em = rootEm.fork({ clear: true, useContext: false });
  await beginTenantTransaction(em, tenantId, actor);
  try {
    const result = await work(em);
    await em.commit();
    return result;
  } catch (error) {
    await em.rollback();
    throw error;
  }
}

/** SQL expression of the tenant bound to the current transaction (NULL when unset: sees nothing). */
export const CURRENT_TENANT_SQL = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * Migration SQL that turns on row-level security for a tenant-owned table: rows are visible and
 * writable only when their `tenant_id` is the transaction's tenant.
 */
export function tenantIsolationSql(schema: string, table: string): string[] {
  const qualified = `"${schema}"."${table}"`;
  return [
    `alter table ${qualified} enable row level security;`,
    `create policy tenant_isolation on ${qualified} using (tenant_id = ${CURRENT_TENANT_SQL}) with check (tenant_id = ${CURRENT_TENANT_SQL});`,
  ];
}
