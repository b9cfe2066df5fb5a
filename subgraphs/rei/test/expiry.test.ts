import { randomUUID } from 'node:crypto';
import { createOrm, type Orm } from '@sisa/kernel';
import { createTestTenant, testDatabase, withClient } from '@sisa/testing';
import { reiEntities } from '../src/entities';
import { endExpiredApplications, reiMigrations } from '../src/server';
import { insertApplications } from './support/directRows';

describe('end of the benefit when its last month passes', () => {
  let orm: Orm;
  beforeAll(async () => {
    orm = await createOrm({
      schema: 'rei',
      entities: reiEntities,
      migrations: reiMigrations,
      clientUrl: testDatabase().serviceUrls.rei!,
      poolMax: 2,
    });
  });
  afterAll(() => orm?.close(true));

  it('ends running applications after their last month, once, with an event by «sistema»', async () => {
    const tenant = await createTestTenant('Comune scadenze');
    const other = await createTestTenant('Altro comune');
    const [accepted, suspended, later, draft, elsewhere] = [
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
    ];
    const row = (id: string, status: string, lastMonth: string) => ({
      id,
      applicantId: randomUUID(),
      householdId: randomUUID(),
      status,
      lastMonth,
    });
    await insertApplications(tenant.id, [
      row(accepted, 'ACCEPTED', '2019-07'),
      row(suspended, 'SUSPENDED', '2019-07'),
      row(later, 'ACCEPTED', '2019-08'),
      row(draft, 'DRAFT', '2019-01'),
    ]);
    await insertApplications(other.id, [row(elsewhere, 'ACCEPTED', '2019-07')]);

    expect(await endExpiredApplications(orm, '2019-08', tenant.id)).toBe(2);
    expect(await endExpiredApplications(orm, '2019-08', tenant.id)).toBe(0);

    await withClient(testDatabase().ownerUrl, async (c) => {
      const { rows } = await c.query(
        `select id, status, ended_on::text as ended_on, version from rei.application where id = any($1) order by status, id`,
        [[accepted, suspended, later, draft, elsewhere]],
      );
      const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
      expect(byId[accepted]).toMatchObject({ status: 'ENDED', ended_on: '2019-08-01', version: 2 });
      expect(byId[suspended]).toMatchObject({ status: 'ENDED' });
      expect(byId[later]).toMatchObject({ status: 'ACCEPTED', ended_on: null });
      expect(byId[draft]).toMatchObject({ status: 'DRAFT' });
      expect(byId[elsewhere]).toMatchObject({ status: 'ACCEPTED' });
      const events = await c.query(
        `select application_id, by, action, from_status, to_status, note from rei.event where application_id = any($1) order by from_status`,
        [[accepted, suspended]],
      );
      expect(events.rows).toEqual([
        {
          application_id: accepted,
          by: 'sistema',
          action: 'lastMonthPassed',
          from_status: 'ACCEPTED',
          to_status: 'ENDED',
          note: 'Periodo di beneficio concluso: ultimo mese 2019-07',
        },
        {
          application_id: suspended,
          by: 'sistema',
          action: 'lastMonthPassed',
          from_status: 'SUSPENDED',
          to_status: 'ENDED',
          note: 'Periodo di beneficio concluso: ultimo mese 2019-07',
        },
      ]);
    });
  });
});
