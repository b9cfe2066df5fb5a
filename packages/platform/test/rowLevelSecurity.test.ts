import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { SUBGRAPHS } from '@sisa/kernel';
import { testDatabase, withClient } from '@sisa/testing';

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

  async function asService<T>(work: (c: Client) => Promise<T>): Promise<T> {
    return withClient(db.serviceUrls.config, work);
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
});
