import type { EntityManager } from '@mikro-orm/postgresql';
import type { Pool, PoolClient } from 'pg';
import { TENANT_FILTER } from './orm';

/**
 * Settings a transaction may change for itself alone (`set_config(…, true)`): a bulk path that
 * runs for minutes lifts `statement_timeout`, progress that need not wait for the disk turns
 * `synchronous_commit` off.
 */
export type TransactionSettings = Partial<
  Record<'statement_timeout' | 'synchronous_commit' | 'idle_in_transaction_session_timeout', string>
>;

/** What binds a transaction: its tenant (null: none, platform work), its actor, its settings. */
interface TenantBinding {
  tenantId: string | null;
  /** `app.actor`; left as it is when undefined. */
  actor?: string | null;
  settings?: TransactionSettings;
}

/**
 * THE statement that binds a transaction to a tenant, and the only place that sets
 * `app.tenant_id`: row-level security reads it. Transaction-local (`true`), so it can never leak
 * to the next user of a pooled connection. One round trip, whatever it sets.
 */
function bindingStatement(
  binding: TenantBinding,
  placeholder: (n: number) => string,
): { sql: string; params: string[] } {
  const params: string[] = [];
  const p = (value: string) => {
    params.push(value);
    return placeholder(params.length);
  };
  let sql = `select set_config('app.tenant_id', ${p(binding.tenantId ?? '')}, true)`;
  if (binding.actor !== undefined)
    sql += `, set_config('app.actor', ${p(binding.actor ?? '')}, true)`;
  for (const [name, value] of Object.entries(binding.settings ?? {}))
    if (value !== undefined) sql += `, set_config(${p(name)}, ${p(value)}, true)`;
  return { sql, params };
}

/** Binds the entity manager's open transaction (knex placeholders). */
async function bindEm(em: EntityManager, binding: TenantBinding): Promise<void> {
  const { sql, params } = bindingStatement(binding, () => '?');
  await em.execute(sql, params);
}

/** Binds a raw client's open transaction (pg placeholders). */
async function bindClient(client: PoolClient, binding: TenantBinding): Promise<void> {
  const { sql, params } = bindingStatement(binding, (n) => `$${n}`);
  await client.query(sql, params);
}

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
  // Other transactions keep the server's setting (which may ask for more, e.g. replicas).
  await bindEm(em, {
    tenantId,
    actor,
    settings: options.readAudit ? { synchronous_commit: 'off' } : undefined,
  });
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

/**
 * Platform work inside the current transaction that reads or writes one tenant's rows (a
 * platform admin's tenant switch recorded in that tenant's history, a tenant's default
 * indicators, its support grants): binds the transaction to `tenantId` for `work` (null: to no
 * tenant, the platform's own rows), then back to the tenant it had. `work` must flush what it
 * writes. The MikroORM tenant filter is left alone: `work` names the tenant in its queries.
 */
export async function asPlatform<T>(
  em: EntityManager,
  tenantId: string | null,
  work: () => Promise<T>,
): Promise<T> {
  const rows = await em.execute<{ previous: string | null }[]>(
    `select current_setting('app.tenant_id', true) as previous`,
  );
  await bindEm(em, { tenantId });
  try {
    return await work();
  } finally {
    await bindEm(em, { tenantId: rows[0]?.previous || null });
  }
}

/** Where `withTenant` gets its connection: a pool, or a connection the caller already holds. */
export type ConnectionSource = Pool | PoolClient;

export interface WithTenantOptions {
  isolation?: 'read committed' | 'repeatable read' | 'serializable';
  readOnly?: boolean;
  /** Settings for this transaction only (`statement_timeout: '0'` for a long bulk path). */
  settings?: TransactionSettings;
  /** `app.actor` for the transaction (triggers and audit read it). */
  actor?: string;
}

const isHeldClient = (source: ConnectionSource): source is PoolClient =>
  typeof (source as PoolClient).release === 'function';

/**
 * Bulk work on a raw PostgreSQL connection (COPY, cursors) in ONE transaction bound to the
 * tenant: checks a connection out of `source` (or uses the one given, which the caller keeps),
 * BEGIN, binds tenant and `settings` in one statement, runs `work`, COMMIT; ROLLBACK when `work`
 * throws. A connection checked out here goes back to the pool, or is closed when the
 * transaction failed (a COPY cut short, a cursor left open: nothing of it reaches the next user).
 * While it is held, an error the connection emits on its own (PostgreSQL's answer to a failed
 * COPY) is left to the statement that fails with it, instead of ending the process.
 */
export async function withTenant<T>(
  source: ConnectionSource,
  tenantId: string,
  work: (client: PoolClient) => Promise<T>,
  options: WithTenantOptions = {},
): Promise<T> {
  const held = isHeldClient(source);
  const client = held ? source : await source.connect();
  const reported = () => undefined;
  client.on('error', reported);
  let failed = false;
  try {
    const mode = [
      options.isolation ? `isolation level ${options.isolation}` : '',
      options.readOnly ? 'read only' : '',
    ]
      .filter(Boolean)
      .join(' ');
    await client.query(mode ? `begin ${mode}` : 'begin');
    await bindClient(client, { tenantId, actor: options.actor, settings: options.settings });
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    failed = true;
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.off('error', reported);
    if (!held) client.release(failed);
  }
}

/** SQL expression of the tenant bound to the current transaction (NULL when unset: sees nothing). */
export const CURRENT_TENANT_SQL = `nullif(current_setting('app.tenant_id', true), '')::uuid`;

/**
 * The same tenant as a row-level security policy reads it: a scalar subquery, which PostgreSQL
 * evaluates once per statement (an InitPlan) instead of once per row, and which an index scan
 * still uses as its key. On PostgreSQL 15, counting 2,000,000 rows of one tenant took 322 ms with
 * the bare expression and 65 ms with this one; inserting 1,000,000 rows 0.94 s and 0.64 s.
 * `tenantPoliciesPerStatementSql` rewrites the policies made before it.
 */
export const POLICY_TENANT_SQL = `(select ${CURRENT_TENANT_SQL})`;

/**
 * Migration SQL that turns on row-level security for a tenant-owned table: rows are visible and
 * writable only when their `tenant_id` is the transaction's tenant. The owner is bound too
 * (`ownerSessionsSql`).
 */
export function tenantIsolationSql(schema: string, table: string): string[] {
  const qualified = `"${schema}"."${table}"`;
  return [
    `alter table ${qualified} enable row level security;`,
    `create policy tenant_isolation on ${qualified} using (tenant_id = ${POLICY_TENANT_SQL}) with check (tenant_id = ${POLICY_TENANT_SQL});`,
    ...ownerSessionsSql(schema, table),
  ];
}

/**
 * The owner's own sessions: migrations, reference data and demo seeds (services never know its
 * password). A security-definer function the owner owns runs as the owner in the calling
 * service's session: `session_user` is then the service, so the policy does not apply.
 */
const OWNER_SESSIONS_POLICY = 'owner_sessions';

/**
 * Migration SQL (run as the owner) that binds the table's owner by row-level security too
 * (`FORCE`), except in the owner's own sessions. So a security-definer function owned by the
 * owner sees only the calling transaction's tenant, like the service that calls it.
 * Idempotent.
 */
export function ownerSessionsSql(schema: string, table: string): string[] {
  const qualified = `"${schema}"."${table}"`;
  return [
    `alter table ${qualified} force row level security;`,
    `drop policy if exists ${OWNER_SESSIONS_POLICY} on ${qualified};`,
    `do $$ begin execute format('create policy ${OWNER_SESSIONS_POLICY} on ${qualified.replace(/'/g, "''")} to %I using (session_user = current_user) with check (session_user = current_user)', current_user); end $$;`,
  ];
}

/** Migration SQL: `ownerSessionsSql` for every table of `schema` that has a `tenant_id`. */
export function forceTenantRowSecuritySql(schema: string): string {
  return `do $$ declare t record; begin
    for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = '${schema}' and c.relkind in ('r', 'p')
                and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
    loop
      execute format('alter table %I.%I force row level security', '${schema}', t.relname);
      execute format('drop policy if exists ${OWNER_SESSIONS_POLICY} on %I.%I', '${schema}', t.relname);
      execute format('create policy ${OWNER_SESSIONS_POLICY} on %I.%I to %I using (session_user = current_user) with check (session_user = current_user)', '${schema}', t.relname, current_user);
    end loop;
  end $$;`;
}

/**
 * The role (no login, `<database>_system`, made by provisioning) that owns the security-definer
 * functions which must look past row-level security: authentication before any tenant is known,
 * sweeps across tenants, and lookups that apply the tenant themselves so that an index whose
 * operator is not leakproof (trigram `like`, jsonb `@>`) can serve them, which it cannot under
 * row-level security. It sees every row of its schema's tables; only those functions run as it.
 */
export const SYSTEM_ROLE_SQL = `current_database() || '_system'`;

/**
 * Migration SQL (run as the owner): gives the system role the tables of `schema` (every row of
 * those with a `tenant_id`) and hands it `functions` (signatures such as `config.f(text)`), which
 * from then on look past row-level security. Idempotent.
 */
export function systemFunctionsSql(schema: string, functions: string[]): string {
  const owners = functions
    .map((fn) => `execute format('alter function %s owner to %I', '${fn}', r);`)
    .join('\n    ');
  return `do $$ declare r name := ${SYSTEM_ROLE_SQL}; t record; begin
    execute format('grant usage, create on schema %I to %I', '${schema}', r);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', '${schema}', r);
    execute format('grant usage, select on all sequences in schema %I to %I', '${schema}', r);
    for t in select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = '${schema}' and c.relkind in ('r', 'p')
                and exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and not a.attisdropped)
    loop
      execute format('drop policy if exists system_functions on %I.%I', '${schema}', t.relname);
      execute format('create policy system_functions on %I.%I to %I using (true) with check (true)', '${schema}', t.relname, r);
    end loop;
    ${owners}
    -- CREATE was only needed to hand the functions over.
    execute format('revoke create on schema %I from %I', '${schema}', r);
  end $$;`;
}
