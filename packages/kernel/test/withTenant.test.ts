import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import {
  asPlatform,
  beginTenantTransaction,
  createOrm,
  tenantIsolationSql,
  withTenant,
  type Orm,
} from '@sisa/kernel';
import { testDatabase, withClient } from '@sisa/testing';

/**
 * The one path of a tenant id to SQL for raw connections (`withTenant`) and for platform work
 * inside an operation (`asPlatform`), on a tenant-owned table of its own: row-level security as
 * every subgraph's migrations turn it on, the config service role as the caller.
 */
describe('withTenant and asPlatform', () => {
  const db = testDatabase();
  const schema = 'kernel_tenancy_test';
  const table = `${schema}.note_${process.pid}`;
  const tenantA = randomUUID();
  const tenantB = randomUUID();
  let pool: Pool;
  let orm: Orm;

  const notes = (client: { query(sql: string): Promise<{ rows: { text: string }[] }> }) =>
    client
      .query(`select text from ${table} order by text`)
      .then((r) => r.rows.map((row) => row.text));

  beforeAll(async () => {
    await withClient(db.ownerUrl, async (owner) => {
      await owner.query(`create schema if not exists ${schema}`);
      await owner.query(
        `create table ${table} (id uuid primary key default gen_random_uuid(), tenant_id uuid not null, text text not null)`,
      );
      for (const sql of tenantIsolationSql(schema, table.split('.')[1]!)) await owner.query(sql);
      const service = db.roles.services.config!;
      await owner.query(`grant usage on schema ${schema} to "${service}"`);
      await owner.query(`grant select, insert, delete on ${table} to "${service}"`);
      // The owner's own sessions see and write every tenant's rows (seeds, migrations).
      await owner.query(`insert into ${table} (tenant_id, text) values ($1, 'a1'), ($2, 'b1')`, [
        tenantA,
        tenantB,
      ]);
    });
    // One connection: what a transaction leaves behind would reach the next one.
    pool = new Pool({ connectionString: db.serviceUrls.config, max: 1 });
    orm = await createOrm({
      schema: 'config',
      entities: [],
      migrations: [],
      clientUrl: db.serviceUrls.config!,
      poolMax: 1,
    });
  });
  afterAll(async () => {
    await pool.end();
    await orm.close();
    await withClient(db.ownerUrl, (owner) => owner.query(`drop table ${table}`));
  });

  it('shows only the tenant’s rows inside, none outside', async () => {
    expect(await withTenant(pool, tenantA, notes)).toEqual(['a1']);
    expect(await withTenant(pool, tenantB, notes)).toEqual(['b1']);
    expect(await notes(pool)).toEqual([]);
    // Nor can it write a row of another tenant.
    await expect(
      withTenant(pool, tenantA, (c) =>
        c.query(`insert into ${table} (tenant_id, text) values ($1, 'b2')`, [tenantB]),
      ),
    ).rejects.toMatchObject({ code: '42501' });
  });

  it('sets the tenant and the settings for its transaction alone', async () => {
    const settings = `select coalesce(current_setting('app.tenant_id', true), '') as tenant,
      current_setting('statement_timeout') as timeout, current_setting('synchronous_commit') as sync,
      current_setting('transaction_isolation') as isolation, current_setting('transaction_read_only') as ro`;
    const server = (await pool.query(settings)).rows[0];
    expect(server.tenant).toBe('');
    const inside = await withTenant(pool, tenantA, async (c) => (await c.query(settings)).rows[0], {
      settings: { statement_timeout: '0', synchronous_commit: 'off' },
      isolation: 'repeatable read',
      readOnly: true,
    });
    expect(inside).toEqual({
      tenant: tenantA,
      timeout: '0',
      sync: 'off',
      isolation: 'repeatable read',
      ro: 'on',
    });
    expect(server.timeout).not.toBe('0');
    // The same (single) connection afterwards: the server's settings, no tenant.
    expect((await pool.query(settings)).rows[0]).toEqual(server);
  });

  it('rolls back when the work fails, and does not give the connection back', async () => {
    const failure = new Error('a metà');
    await expect(
      withTenant(pool, tenantA, async (c) => {
        await c.query(`insert into ${table} (tenant_id, text) values ($1, 'a2')`, [tenantA]);
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(pool.totalCount).toBe(0);
    expect(await withTenant(pool, tenantA, notes)).toEqual(['a1']);
  });

  it('leaves a connection the caller holds with the caller, bound only for the transaction', async () => {
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock(42)');
      expect(await withTenant(client, tenantB, notes)).toEqual(['b1']);
      expect(await notes(client)).toEqual([]);
      // The session's lock outlived the transaction, on the same connection.
      const { rows } = await client.query<{ n: number }>(
        `select count(*)::int as n from pg_locks where locktype = 'advisory' and pid = pg_backend_pid()`,
      );
      expect(rows[0]!.n).toBe(1);
      await client.query('select pg_advisory_unlock(42)');
    } finally {
      client.release();
    }
  });

  it('binds an operation’s transaction to another tenant for platform work, then back', async () => {
    const em = orm.em.fork({ clear: true, useContext: false });
    await beginTenantTransaction(em, tenantA, 'platform.admin');
    const read = () =>
      em
        .execute<{ text: string }[]>(`select text from ${table} order by text`)
        .then((rows) => rows.map((r) => r.text));
    try {
      expect(await read()).toEqual(['a1']);
      expect(await asPlatform(em, tenantB, read)).toEqual(['b1']);
      expect(await asPlatform(em, null, read)).toEqual([]);
      // Back in the operation's tenant, its actor untouched.
      expect(await read()).toEqual(['a1']);
      const [actor] = await em.execute<{ a: string }[]>(`select current_setting('app.actor') as a`);
      expect(actor!.a).toBe('platform.admin');
      // Also when the work fails.
      await expect(asPlatform(em, tenantB, () => Promise.reject(new Error('no')))).rejects.toThrow(
        'no',
      );
      expect(await read()).toEqual(['a1']);
    } finally {
      await em.rollback();
    }
  });
});
