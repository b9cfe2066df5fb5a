import { randomBytes, randomUUID } from 'node:crypto';
import { createOrm, type Orm } from '@sisa/kernel';
import { dropDatabase, provisionDatabase, type DatabaseLayout } from '@sisa/platform';
import { testDatabase, withClient } from '@sisa/testing';
import { keyProtocol } from '../src/domain/naturalKey';
import * as normalize from '../src/domain/normalize';
import { migrations } from '../src/migrations';
import { siussModule } from '../src/server';

const NATURAL_KEY = 'Migration20261207120000_siuss_natural_key';

/**
 * The natural-key migration on a database that already holds duplicates: it must not fail, and
 * must lose no row. In a database of its own, migrated up to the migration before.
 */
describe('natural-key migration over duplicated records', () => {
  let layout: DatabaseLayout;
  const tenant = randomUUID();
  const otherTenant = randomUUID();

  const open = (upTo: number): Promise<Orm> =>
    createOrm({
      schema: 'siuss',
      entities: siussModule.entities,
      migrations: migrations.slice(0, upTo),
      clientUrl: layout.ownerUrl,
      poolMax: 1,
    });

  beforeAll(async () => {
    layout = await provisionDatabase(
      testDatabase().adminUrl,
      `sisa_test_siusskey_${randomBytes(4).toString('hex')}`,
      randomBytes(12).toString('hex'),
    );
  }, 60_000);
  afterAll(async () => {
    if (layout) await dropDatabase(testDatabase().adminUrl, layout.database);
  });

  it('keeps every row, the oldest live record of each key, the others set aside', async () => {
    const before = migrations.findIndex((m) => m.name === NATURAL_KEY);
    expect(before).toBeGreaterThan(0);
    let orm = await open(before);
    await orm.getMigrator().up();
    await orm.close(true);

    const rows: Record<string, unknown>[] = [];
    const add = (name: string, over: Record<string, unknown>, minutesAgo: number) =>
      rows.push({
        name,
        id: randomUUID(),
        tenant_id: tenant,
        status: 'VALID',
        fiscal_code: 'RSSMRA80A01F205X',
        service_code: 'A1.04',
        request_protocol: 'PG-1',
        start_date: '2018-02-01',
        end_date: '2018-12-31',
        payment_date: null,
        created_at: new Date(Date.now() - minutesAgo * 60_000),
        ...over,
      });
    // One key three times (the same file imported three times), spaces and case apart.
    add('first', {}, 30);
    add('second', { request_protocol: 'pg-1' }, 20);
    add('third', { request_protocol: ' PG -1 ' }, 10);
    // Cancelled oldest: the live one after it stays the record.
    add('cancelled', { service_code: 'A1.05', status: 'CANCELLED' }, 30);
    add('live', { service_code: 'A1.05' }, 20);
    // Occasional, no start or end: the missing dates do not make them different.
    const occasional = { start_date: null, end_date: null, payment_date: '2019-03-15' };
    add('occasional1', { service_code: 'A1.06', ...occasional }, 30);
    add('occasional2', { service_code: 'A1.06', ...occasional }, 20);
    // Not duplicates: another tenant, another period.
    add('otherTenant', { tenant_id: otherTenant }, 5);
    add('otherPeriod', { start_date: '2019-01-01', end_date: '2019-12-31' }, 5);

    await withClient(layout.ownerUrl, async (client) => {
      for (const r of rows)
        await client.query(
          `insert into siuss.social_benefit (id, tenant_id, version, status, source, fiscal_code, means_test, character,
             service_code, service_name, request_protocol, start_date, end_date, payment_date, taken_in_charge,
             custom_fields, issues, created_at, created_by, updated_at, updated_by)
           values ($1, $2, 1, $3, 'MANUAL', $4, 'ISEE', 'PERIODIC', $5, 'Prestazione di prova', $6, $7, $8, $9, false,
             '{}', '[]', $10, 'test', $10, 'test')`,
          [
            r.id,
            r.tenant_id,
            r.status,
            r.fiscal_code,
            r.service_code,
            r.request_protocol,
            r.start_date,
            r.end_date,
            r.payment_date,
            r.created_at,
          ],
        );
    });

    orm = await open(migrations.length);
    await orm.getMigrator().up();
    await orm.close(true);

    const after = await withClient(layout.ownerUrl, async (client) => {
      const { rows: found } = await client.query<{ id: string; duplicate_of: string | null }>(
        'select id, duplicate_of from siuss.social_benefit',
      );
      return new Map(found.map((r) => [r.id, r.duplicate_of]));
    });
    const id = (name: string) => rows.find((r) => r.name === name)!.id as string;
    expect(after.size).toBe(rows.length);
    expect(Object.fromEntries(rows.map((r) => [r.name, after.get(r.id as string)]))).toEqual({
      first: null,
      second: id('first'),
      third: id('first'),
      cancelled: id('live'),
      live: null,
      occasional1: null,
      occasional2: id('occasional1'),
      otherTenant: null,
      otherPeriod: null,
    });

    await withClient(layout.ownerUrl, async (client) => {
      // The key is unique from now on, for live records; set-aside ones stay out of it.
      await expect(
        client.query(
          `insert into siuss.social_benefit (id, tenant_id, version, status, source, fiscal_code, means_test, character,
             service_code, service_name, request_protocol, start_date, end_date, taken_in_charge,
             custom_fields, issues, created_at, created_by, updated_at, updated_by)
           values ($1, $2, 1, 'VALID', 'MANUAL', 'RSSMRA80A01F205X', 'ISEE', 'PERIODIC', 'A1.04', 'x', 'Pg-1 ',
             '2018-02-01', '2018-12-31', false, '{}', '[]', now(), 't', now(), 't')`,
          [randomUUID(), tenant],
        ),
      ).rejects.toMatchObject({ code: '23505' });
      // The SQL key reads a stored protocol (normalised text) as the domain function does.
      for (const protocol of [' pg 2018/77 ', '\tPg-1\n', 'a  b\u00a0c'])
        expect(
          (
            await client.query<{ p: string }>(`select upper(replace($1::text, ' ', '')) as p`, [
              normalize.text(protocol),
            ])
          ).rows[0]!.p,
        ).toBe(keyProtocol(protocol));
    });
  }, 60_000);
});
