import { randomBytes } from 'node:crypto';
import { createOrm, DEMO_TENANTS, type Orm } from '@sisa/kernel';
import {
  dropDatabase,
  migrateAll,
  PLATFORM_SUBGRAPHS,
  provisionDatabase,
  type DatabaseLayout,
} from '@sisa/platform';
import { registryModule, seedRegistryDemo } from '@sisa/registry';
import { testDatabase, withClient } from '@sisa/testing';
import { REI_STATUSES } from '../src/domain/statuses';
import { reiEntities, reiMigrations, seedReiDemo } from '../src/server';

/**
 * In a database of its own: the demo tenants have fixed ids, and the registry's own demo test
 * seeds them too, in parallel, in the run's shared database.
 */
describe('REI demo data', () => {
  let rei: Orm;
  let registry: Orm;
  let layout: DatabaseLayout;
  const url = () => layout.ownerUrl;

  beforeAll(async () => {
    layout = await provisionDatabase(
      testDatabase().adminUrl,
      `sisa_test_reidemo_${randomBytes(4).toString('hex')}`,
      randomBytes(12).toString('hex'),
    );
    await migrateAll(
      layout.ownerUrl,
      PLATFORM_SUBGRAPHS.filter((s) => ['config', 'registry', 'rei'].includes(s.name)),
    );
    const ownerUrl = layout.ownerUrl;
    rei = await createOrm({
      schema: 'rei',
      entities: reiEntities,
      migrations: reiMigrations,
      clientUrl: ownerUrl,
      poolMax: 2,
    });
    registry = await createOrm({
      schema: 'registry',
      entities: registryModule.entities,
      migrations: registryModule.migrations,
      clientUrl: ownerUrl,
      poolMax: 2,
    });
    await seedRegistryDemo(registry);
    await seedReiDemo(rei);
    await seedReiDemo(rei);
  }, 60_000);
  afterAll(async () => {
    await rei?.close(true);
    await registry?.close(true);
    if (layout) await dropDatabase(testDatabase().adminUrl, layout.database);
  });

  it('has an application in every status in both demo tenants, seeded once', async () => {
    await withClient(url(), async (c) => {
      for (const tenant of DEMO_TENANTS) {
        const { rows } = await c.query<{ status: string; n: number }>(
          `select status, count(*)::int as n from rei.application where tenant_id = $1 group by status`,
          [tenant.id],
        );
        expect(rows.map((r) => r.status).sort()).toEqual([...REI_STATUSES].sort());
        expect(rows.reduce((sum, r) => sum + r.n, 0)).toBe(11);
      }
    });
  });

  it('points at the registry’s demo subjects and households, with their fiscal codes', async () => {
    await withClient(url(), async (c) => {
      const { rows } = await c.query(
        `select a.protocol_number, a.applicant_fiscal_code, s.fiscal_code, m.household_id is not null as member
           from rei.application a
           left join registry.subject s on s.id = a.applicant_id
           left join registry.household_member m on m.subject_id = a.applicant_id and m.household_id = a.household_id
          where a.tenant_id = any($1)`,
        [DEMO_TENANTS.map((t) => t.id)],
      );
      expect(rows).toHaveLength(22);
      for (const row of rows)
        expect({ ...row, fiscal_code: row.fiscal_code ?? 'missing' }).toEqual({
          ...row,
          fiscal_code: row.applicant_fiscal_code,
          member: true,
        });
    });
  });

  it('keeps every story coherent: events, checks, amounts, projects', async () => {
    await withClient(url(), async (c) => {
      const milano = DEMO_TENANTS[0].id;
      const { rows } = await c.query(
        `select a.status, a.monthly_amount::text as amount, jsonb_array_length(a.checks) as checks,
                (select array_agg(e.to_status order by e.at) from rei.event e where e.application_id = a.id) as path,
                (select count(*)::int from rei.project p where p.application_id = a.id) as projects
           from rei.application a where a.tenant_id = $1 order by a.submitted_at`,
        [milano],
      );
      const byStatus = Object.fromEntries(rows.map((r) => [r.status, r]));
      expect(byStatus.ENDED).toMatchObject({
        path: ['DRAFT', 'CHECKS_PASSED', 'SENT_TO_INPS', 'ACCEPTED', 'ENDED'],
        amount: '284.38',
        projects: 1,
      });
      expect(byStatus.REVOKED.path).toEqual([
        'DRAFT',
        'CHECKS_PASSED',
        'SENT_TO_INPS',
        'ACCEPTED',
        'REVOKED',
      ]);
      expect(byStatus.ACCEPTED).toMatchObject({ amount: '194.38', checks: 10, projects: 1 });
      expect(byStatus.REJECTED.path).toEqual([
        'DRAFT',
        'CHECKS_PASSED',
        'SENT_TO_INPS',
        'REJECTED',
      ]);
      const interventions = await c.query(
        `select count(*)::int as n from rei.intervention where tenant_id = $1 and economic`,
        [milano],
      );
      expect(interventions.rows[0].n).toBe(1);
    });
  });
});
