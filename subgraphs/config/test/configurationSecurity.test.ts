import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { testDatabase, withClient } from '@sisa/testing';

/**
 * Row-level security of the configuration tables, as the config service role sees them whatever
 * the code does: system value lists are readable by every tenant and writable by none.
 */
describe('configuration tables at the SQL level', () => {
  const db = testDatabase();
  const tenantA = randomUUID();
  const tenantB = randomUUID();
  const listKey = `rls_${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    await withClient(db.ownerUrl, async (c) => {
      for (const tenant of [tenantA, tenantB]) {
        await c.query(
          `insert into config.value_list (id, tenant_id, key, label, system, items, created_at, updated_at)
           values ($1, $2, $3, 'Elenco', false, '[]', now(), now())`,
          [randomUUID(), tenant, listKey],
        );
      }
      await c.query(
        `insert into config.audit_event (tenant_id, at, actor, entity, entity_id, action, changes) values (null, now(), 'test', 'ParameterSet', $1, 'CREATE', '{}')`,
        [listKey],
      );
    });
  });

  /** Runs `work` as the config service role in a transaction bound to `tenant` (or none), rolled back. */
  function asTenant<T>(tenant: string | null, work: (c: Client) => Promise<T>): Promise<T> {
    return withClient(db.serviceUrls.config!, async (c) => {
      await c.query('begin');
      try {
        await c.query(`select set_config('app.tenant_id', $1, true)`, [tenant ?? '']);
        return await work(c);
      } finally {
        await c.query('rollback');
      }
    });
  }

  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: Error) => error.message,
    );

  it("shows a tenant its own lists and the system ones, never another tenant's", async () => {
    const rows = await asTenant(tenantA, (c) =>
      c.query<{ tenant_id: string | null; key: string }>(
        'select tenant_id, key from config.value_list',
      ),
    );
    const tenants = new Set(rows.rows.map((r) => r.tenant_id));
    expect(tenants).toEqual(new Set([tenantA, null]));
    expect(rows.rows.filter((r) => r.tenant_id === null).map((r) => r.key)).toEqual(
      expect.arrayContaining(['relationship', 'comune', 'siuss_service']),
    );
    const none = await asTenant(null, (c) =>
      c.query('select 1 from config.value_list where tenant_id is not null'),
    );
    expect(none.rowCount).toBe(0);
  });

  it('lets no tenant change, delete or create a system list', async () => {
    const updated = await asTenant(tenantA, (c) =>
      c.query(`update config.value_list set label = 'preso' where tenant_id is null`),
    );
    expect(updated.rowCount).toBe(0);
    const deleted = await asTenant(tenantA, (c) =>
      c.query(`delete from config.value_list where tenant_id is null`),
    );
    expect(deleted.rowCount).toBe(0);
    const inserted = await asTenant(tenantA, (c) =>
      failure(
        c.query(
          `insert into config.value_list (id, tenant_id, key, label, system, items, created_at, updated_at) values ($1, null, $2, 'x', true, '[]', now(), now())`,
          [randomUUID(), `${listKey}_sys`],
        ),
      ),
    );
    expect(inserted).toMatch(/row-level security/);
    const adopted = await asTenant(tenantA, (c) =>
      failure(
        c.query(`update config.value_list set tenant_id = null where tenant_id = $1`, [tenantA]),
      ),
    );
    expect(adopted).toMatch(/row-level security/);
    const foreign = await asTenant(tenantA, (c) =>
      failure(
        c.query(
          `insert into config.value_list (id, tenant_id, key, label, system, items, created_at, updated_at) values ($1, $2, $3, 'x', false, '[]', now(), now())`,
          [randomUUID(), tenantB, `${listKey}_b`],
        ),
      ),
    );
    expect(foreign).toMatch(/row-level security/);
    const otherDeleted = await asTenant(tenantA, (c) =>
      c.query(`delete from config.value_list where tenant_id = $1`, [tenantB]),
    );
    expect(otherDeleted.rowCount).toBe(0);
  });

  it('keeps platform audit events readable only outside every tenant, and unchangeable', async () => {
    const insideTenant = await asTenant(tenantA, (c) =>
      c.query(`select 1 from config.audit_event where tenant_id is null`),
    );
    expect(insideTenant.rowCount).toBe(0);
    const outside = await asTenant(null, (c) =>
      c.query(`select 1 from config.audit_event where tenant_id is null and entity_id = $1`, [
        listKey,
      ]),
    );
    expect(outside.rowCount).toBe(1);
    const changed = await asTenant(null, (c) =>
      c.query(`update config.audit_event set actor = 'altro' where tenant_id is null`),
    );
    expect(changed.rowCount).toBe(0);
    const appended = await asTenant(tenantA, (c) =>
      c.query(
        `insert into config.audit_event (tenant_id, at, actor, entity, entity_id, action, changes) values (null, now(), 'x', 'ParameterSet', 'x', 'CREATE', '{}')`,
      ),
    );
    expect(appended.rowCount).toBe(1);
  });

  it('isolates field definitions and indicators by tenant', async () => {
    await withClient(db.ownerUrl, (c) =>
      c.query(
        `insert into config.field_definition (id, tenant_id, entity, key, label, type, required, position, active, created_at, updated_at)
         values ($1, $2, 'SUBJECT', $3, 'x', 'TEXT', false, 0, true, now(), now())`,
        [randomUUID(), tenantB, listKey],
      ),
    );
    const seen = await asTenant(tenantA, (c) =>
      c.query('select 1 from config.field_definition where key = $1', [listKey]),
    );
    expect(seen.rowCount).toBe(0);
    const written = await asTenant(tenantA, (c) =>
      failure(
        c.query(
          `insert into config.indicator (id, tenant_id, key, label, entity, aggregate, position, created_at, updated_at) values ($1, $2, 'x', 'x', 'SUBJECT', 'COUNT', 0, now(), now())`,
          [randomUUID(), tenantB],
        ),
      ),
    );
    expect(written).toMatch(/row-level security/);
  });
});
