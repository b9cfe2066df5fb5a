import { createHash, createHmac, pbkdf2Sync, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { testDatabase, withClient } from '@sisa/testing';
import { grantSessionCheck, PLATFORM_SUBGRAPHS } from '../src';

const SUBGRAPHS = PLATFORM_SUBGRAPHS.map((s) => s.name);

/** Tenancy at the SQL level: what the service roles can and cannot see, whatever the code does. */
describe('row-level security', () => {
  const db = testDatabase();
  const tenantA = randomUUID();
  const tenantB = randomUUID();

  beforeAll(async () => {
    await withClient(db.ownerUrl, async (c) => {
      for (const [tenant, name] of [
        [tenantA, 'client-a'],
        [tenantB, 'client-b'],
      ] as const) {
        await c.query(
          `insert into config.api_client (id, tenant_id, client_id, name, secret_hash, scopes, active, created_at, created_by)
           values ($1, $2, $3, $3, repeat('0', 64), '{registry:read}', true, now(), 'test')`,
          [randomUUID(), tenant, `${name}-${tenant.slice(0, 8)}`],
        );
      }
    });
  });

  const databaseAsAdmin = () => db.adminUrl.replace(/\/[^/]*$/, `/${db.database}`);

  async function asService<T>(work: (c: Client) => Promise<T>): Promise<T> {
    return withClient(db.serviceUrls.config!, work);
  }

  it('shows nothing when no tenant is set', async () => {
    const rows = await asService((c) => c.query('select * from config.api_client'));
    expect(rows.rowCount).toBe(0);
  });

  it("shows only the set tenant's rows", async () => {
    const rows = await asService(async (c) => {
      await c.query('begin');
      await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantA]);
      const result = await c.query<{ tenant_id: string }>(
        'select tenant_id from config.api_client',
      );
      await c.query('commit');
      return result.rows;
    });
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.tenant_id))).toEqual(new Set([tenantA]));
  });

  it("refuses to write another tenant's row while a tenant is set", async () => {
    await expect(
      asService(async (c) => {
        await c.query('begin');
        try {
          await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantA]);
          await c.query(
            `insert into config.api_client (id, tenant_id, client_id, name, secret_hash, scopes, active, created_at, created_by)
             values ($1, $2, $3, 'x', repeat('0', 64), '{}', true, now(), 'test')`,
            [randomUUID(), tenantB, `intruder-${randomUUID()}`],
          );
        } finally {
          await c.query('rollback');
        }
      }),
    ).rejects.toThrow(/row-level security/);
    const moved = await asService(async (c) => {
      await c.query('begin');
      await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantA]);
      const result = await c
        .query(`update config.api_client set tenant_id = $1`, [tenantB])
        .catch((e: Error) => e);
      await c.query('rollback');
      return result;
    });
    expect(moved).toBeInstanceOf(Error);
  });

  it('keeps the tenant to the transaction that set it', async () => {
    const leaked = await asService(async (c) => {
      await c.query('begin');
      await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantA]);
      await c.query('commit');
      return (await c.query('select count(*)::int as n from config.api_client')).rows[0]
        .n as number;
    });
    expect(leaked).toBe(0);
  });

  it('gives service roles no ownership, no BYPASSRLS and no other schema', async () => {
    await withClient(db.adminUrl.replace(/\/[^/]*$/, `/${db.database}`), async (c) => {
      const roles = await c.query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
        'select rolname, rolsuper, rolbypassrls from pg_roles where rolname = any($1)',
        [Object.values(db.roles.services)],
      );
      expect(roles.rowCount).toBe(SUBGRAPHS.length);
      for (const role of roles.rows)
        expect([role.rolsuper, role.rolbypassrls]).toEqual([false, false]);
      const owned = await c.query(
        `select count(*)::int as n from pg_tables where tableowner = any($1)`,
        [Object.values(db.roles.services)],
      );
      expect(owned.rows[0].n).toBe(0);
      const unprotected = await c.query<{ table: string }>(
        `select schemaname || '.' || tablename as table from pg_tables t
         where schemaname = any($1)
           and exists (select 1 from information_schema.columns c
                        where c.table_schema = t.schemaname and c.table_name = t.tablename and c.column_name = 'tenant_id')
           and not rowsecurity`,
        [[...SUBGRAPHS]],
      );
      expect(unprotected.rows).toEqual([]);
    });
    for (const other of SUBGRAPHS.filter((s) => s !== 'config')) {
      await expect(
        asService((c) =>
          c
            .query(
              `select 1 from pg_namespace n where n.nspname = $1 and has_schema_privilege(n.oid, 'USAGE')`,
              [other],
            )
            .then((r) => r.rowCount),
        ),
      ).resolves.toBe(0);
    }
  });

  it('binds every tenant table by row-level security, its owner included (FORCE)', async () => {
    await withClient(databaseAsAdmin(), async (c) => {
      const tables = await c.query<{ table: string; rls: boolean; forced: boolean }>(
        `select n.nspname || '.' || k.relname as table, k.relrowsecurity as rls, k.relforcerowsecurity as forced
           from pg_class k join pg_namespace n on n.oid = k.relnamespace
          where n.nspname = any($1) and k.relkind in ('r', 'p')
            and exists (select 1 from pg_attribute a where a.attrelid = k.oid and a.attname = 'tenant_id' and not a.attisdropped)`,
        [[...SUBGRAPHS]],
      );
      expect(tables.rows.length).toBeGreaterThan(20);
      expect(tables.rows.filter((t) => !t.rls || !t.forced)).toEqual([]);
    });
  });

  it("keeps a security-definer function of the owner to the calling service's tenant", async () => {
    // A function the owner owns runs as the owner: without FORCE it would see every tenant.
    const counts = await withClient(databaseAsAdmin(), async (c) => {
      await c.query('begin');
      try {
        await c.query(`set local role ${c.escapeIdentifier(db.roles.owner)}`);
        await c.query(`create function config.test_count_api_clients() returns bigint
          language sql stable security definer set search_path = config, pg_temp
          as $$ select count(*) from config.api_client $$`);
        await c.query(`set local role ${c.escapeIdentifier(db.roles.services.config!)}`);
        const none = await c.query<{ n: string }>('select config.test_count_api_clients() as n');
        await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantA]);
        const one = await c.query<{ n: string }>('select config.test_count_api_clients() as n');
        return [Number(none.rows[0]?.n), Number(one.rows[0]?.n)];
      } finally {
        await c.query('rollback');
      }
    });
    expect(counts).toEqual([0, 1]);
  });

  it("lets the owner's own sessions (migrations, reference data, seeds) see every tenant", async () => {
    const tenants = await withClient(db.ownerUrl, (c) =>
      c.query<{ tenant_id: string }>(
        'select distinct tenant_id from config.api_client where tenant_id = any($1)',
        [[tenantA, tenantB]],
      ),
    );
    expect(new Set(tenants.rows.map((r) => r.tenant_id))).toEqual(new Set([tenantA, tenantB]));
  });

  it('reads the tenant once per statement in every policy of every schema', async () => {
    const perStatement = `( SELECT (NULLIF(current_setting('app.tenant_id'::text, true), ''::text))::uuid AS "nullif")`;
    const policies = await withClient(databaseAsAdmin(), (c) =>
      c.query<{ schemaname: string; tablename: string; policyname: string; expression: string }>(
        `select schemaname, tablename, policyname, concat_ws(' / ', qual, with_check) as expression
         from pg_policies where concat_ws(' ', qual, with_check) like '%app.tenant_id%'`,
      ),
    );
    expect(policies.rows.length).toBeGreaterThan(20);
    const perRow = policies.rows.filter((p) =>
      p.expression.split(perStatement).join('').includes('app.tenant_id'),
    );
    expect(perRow.map((p) => `${p.schemaname}.${p.tablename} ${p.policyname}`)).toEqual([]);
    // …which PostgreSQL plans as one InitPlan for the statement, not a call per row.
    const plan = await withClient(db.serviceUrls.siuss!, async (c) => {
      await c.query('begin');
      await c.query(`select set_config('app.tenant_id', $1, true)`, [tenantA]);
      const { rows } = await c.query<{ 'QUERY PLAN': string }>(
        'explain select count(*) from siuss.social_benefit',
      );
      await c.query('rollback');
      return rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('InitPlan');
  });

  it('lets only the services call the session check, not every role of the database', async () => {
    const callers = await withClient(databaseAsAdmin(), async (c) => {
      const { rows } = await c.query<{ role: string; allowed: boolean }>(
        `select r as role, has_function_privilege(r, 'auth.session_state(uuid)', 'execute') as allowed
           from unnest($1::text[]) r`,
        [[...Object.values(db.roles.services), db.roles.gateway]],
      );
      return Object.fromEntries(rows.map((row) => [row.role, row.allowed]));
    });
    for (const role of Object.values(db.roles.services)) expect(callers[role]).toBe(true);
    expect(callers[db.roles.gateway]).toBe(false);
  });

  it("grants the session check to a subgraph that joins after config's migration ran", async () => {
    // Config's migration granted it to the subgraphs of its day; migrateAll grants it to each.
    const late = `${db.database}_latecomer`;
    const allowed = (c: Client) =>
      c
        .query<{ allowed: boolean }>(
          `select has_function_privilege($1, 'auth.session_state(uuid)', 'execute') as allowed`,
          [late],
        )
        .then((r) => r.rows[0]?.allowed);
    await withClient(databaseAsAdmin(), async (c) => {
      await c.query(`create role ${c.escapeIdentifier(late)} nologin`);
      try {
        expect(await allowed(c)).toBe(false);
        await grantSessionCheck(db.ownerUrl, ['latecomer']);
        expect(await allowed(c)).toBe(true);
      } finally {
        await c.query(
          `revoke execute on function auth.session_state(uuid) from ${c.escapeIdentifier(late)}`,
        );
        await c.query(`drop role ${c.escapeIdentifier(late)}`);
      }
    });
  });

  it('gives every role its own password: no service can log in as the owner', async () => {
    const password = (url: string) => decodeURIComponent(new URL(url).password);
    const servicePasswords = SUBGRAPHS.map((s) => password(db.serviceUrls[s]!));
    const ownerPassword = password(db.ownerUrl);
    expect(new Set([ownerPassword, ...servicePasswords]).size).toBe(SUBGRAPHS.length + 1);
    await withClient(databaseAsAdmin(), async (c) => {
      const stored = async (role: string) =>
        (
          await c.query<{ rolpassword: string }>(
            'select rolpassword from pg_authid where rolname = $1',
            [role],
          )
        ).rows[0]?.rolpassword ?? '';
      const owner = await stored(db.roles.owner);
      expect(scramVerifies(owner, ownerPassword)).toBe(true);
      for (const [i, name] of SUBGRAPHS.entries()) {
        expect(scramVerifies(await stored(db.roles.services[name]!), servicePasswords[i]!)).toBe(
          true,
        );
        expect(scramVerifies(owner, servicePasswords[i]!)).toBe(false);
      }
    });
  });
});

/** Whether `password` matches a PostgreSQL SCRAM-SHA-256 verifier (what `pg_authid` stores). */
function scramVerifies(verifier: string, password: string): boolean {
  const match = /^SCRAM-SHA-256\$(\d+):([^$]+)\$([^:]+):/.exec(verifier);
  if (!match) throw new Error(`not a SCRAM verifier: ${verifier.slice(0, 14)}`);
  const salted = pbkdf2Sync(
    password,
    Buffer.from(match[2]!, 'base64'),
    Number(match[1]),
    32,
    'sha256',
  );
  const clientKey = createHmac('sha256', salted).update('Client Key').digest();
  return createHash('sha256').update(clientKey).digest('base64') === match[3];
}
