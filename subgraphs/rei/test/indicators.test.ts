import { randomUUID } from 'node:crypto';
import {
  beginTenantTransaction,
  createOrm,
  encodeMeasurementKey,
  measureIndicator,
  type IndicatorField,
  type IndicatorSpec,
  type Orm,
} from '@sisa/kernel';
import { createTestTenant, testDatabase, withClient } from '@sisa/testing';
import { REI_INDICATOR_CATALOGS } from '../src/indicators/catalogs';
import { reiEntities } from '../src/entities';
import { reiMigrations } from '../src/server';
import { insertApplications } from './support/directRows';
import { REI_INDICATOR_FIELDS } from '../src/indicators/vocabulary';

const SAMPLE: Record<IndicatorField['type'], unknown> = {
  TEXT: 'x',
  NUMBER: 1,
  DATE: '2018-01-01',
  BOOLEAN: true,
};

/** Every spec a field can take part in: count by it, filter on it, group by it, sum it. */
function specsFor(
  entity: 'REI_APPLICATION' | 'REI_PROJECT',
  field: IndicatorField,
): IndicatorSpec[] {
  const specs: IndicatorSpec[] = [
    { entity, aggregate: 'COUNT', field: field.name },
    { entity, aggregate: 'COUNT', filter: { [field.name]: SAMPLE[field.type] as string } },
    {
      entity,
      aggregate: 'COUNT',
      groupBy: field.type === 'DATE' ? `${field.name}:month` : field.name,
    },
  ];
  if (field.type === 'NUMBER')
    specs.push(
      { entity, aggregate: 'SUM', field: field.name },
      { entity, aggregate: 'AVG', field: field.name },
    );
  if (field.type === 'DATE')
    specs.push({ entity, aggregate: 'COUNT', period: { field: field.name, lastMonths: 120 } });
  return specs;
}

describe('REI indicator catalogue', () => {
  let orm: Orm;
  let tenantId: string;

  beforeAll(async () => {
    orm = await createOrm({
      schema: 'rei',
      entities: reiEntities,
      migrations: reiMigrations,
      clientUrl: testDatabase().serviceUrls.rei!,
      poolMax: 2,
    });
    tenantId = (await createTestTenant('Comune indicatori')).id;
    const applicationId = randomUUID();
    await insertApplications(tenantId, [
      {
        id: applicationId,
        applicantId: randomUUID(),
        householdId: randomUUID(),
        status: 'ACCEPTED',
      },
      { id: randomUUID(), applicantId: randomUUID(), householdId: randomUUID(), status: 'DRAFT' },
    ]);
    await withClient(testDatabase().ownerUrl, async (c) => {
      await c.query(
        `update rei.application set next_due = '2018-01-31', monthly_amount = 232.50, household_size = 3, access_point = 'SPORTELLO_REI' where tenant_id = $1`,
        [tenantId],
      );
      const projectId = randomUUID();
      await c.query(
        `insert into rei.project (id, tenant_id, application_id, assigned_to, opened_at, problems, resources, team, goals, conditions, team_activities, network_commitments,
           actions, resources_involved, breaches, missed_appointments, communications, custom_fields, signed_at, created_at, updated_at, version)
         values ($1, $2, $3, 'Marco', '2018-01-20', '[]', '[]', '[]', '[]', '[]', '[]', '[]', '[]', '[]', '[]', 2, '[]', '{}', '2018-02-20', now(), now(), 1)`,
        [projectId, tenantId, applicationId],
      );
      await c.query(
        `insert into rei.intervention (id, tenant_id, project_id, application_id, position, code, beneficiary_id, economic, periodic, created_at, updated_at)
         values ($1, $2, $3, $4, 0, 'TIROCINIO', $5, false, false, now(), now())`,
        [randomUUID(), tenantId, projectId, applicationId, randomUUID()],
      );
    });
  }, 60_000);
  afterAll(() => orm?.close(true));

  async function measure(spec: IndicatorSpec) {
    const em = orm.em.fork();
    await beginTenantTransaction(em, tenantId, 'test');
    try {
      return await measureIndicator(
        em as never,
        encodeMeasurementKey({ indicatorId: 'i', spec }),
        REI_INDICATOR_CATALOGS,
        [],
        '2026-11-26',
      );
    } finally {
      await em.rollback();
    }
  }

  it.each(['REI_APPLICATION', 'REI_PROJECT'] as const)(
    'maps every vocabulary field of %s to SQL that compiles and runs',
    async (entity) => {
      const catalog = REI_INDICATOR_CATALOGS[entity]!;
      for (const field of REI_INDICATOR_FIELDS[entity]!) {
        expect(catalog.fields[field.name]).toBeDefined();
        for (const spec of specsFor(entity, field)) {
          const result = await measure(spec);
          expect({ field: field.name, spec, error: result.error }).toEqual({
            field: field.name,
            spec,
            error: null,
          });
        }
      }
    },
  );

  it('counts what the dashboard shows: by status, overdue, amounts, projects', async () => {
    expect(
      (await measure({ entity: 'REI_APPLICATION', aggregate: 'COUNT', groupBy: 'status' })).groups,
    ).toEqual([
      { key: 'ACCEPTED', value: 1, decimalValue: '1' },
      { key: 'DRAFT', value: 1, decimalValue: '1' },
    ]);
    expect(
      (await measure({ entity: 'REI_APPLICATION', aggregate: 'COUNT', filter: { overdue: true } }))
        .value,
    ).toBe(2);
    const amounts = await measure({
      entity: 'REI_APPLICATION',
      aggregate: 'SUM',
      field: 'monthlyAmount',
      filter: { status: 'ACCEPTED' },
    });
    expect(amounts).toMatchObject({ value: 232.5, decimalValue: '232.50' });
    expect(
      (await measure({ entity: 'REI_PROJECT', aggregate: 'SUM', field: 'interventionCount' }))
        .value,
    ).toBe(1);
    expect(
      (await measure({ entity: 'REI_PROJECT', aggregate: 'COUNT', filter: { signed: true } }))
        .value,
    ).toBe(1);
  });

  it('sees nothing of another tenant', async () => {
    const other = await createTestTenant('Altro comune');
    const em = orm.em.fork();
    await beginTenantTransaction(em, other.id, 'test');
    try {
      const result = await measureIndicator(
        em as never,
        encodeMeasurementKey({
          indicatorId: 'i',
          spec: { entity: 'REI_APPLICATION', aggregate: 'COUNT' },
        }),
        REI_INDICATOR_CATALOGS,
        [],
        '2026-11-26',
      );
      expect(result.value).toBe(0);
    } finally {
      await em.rollback();
    }
  });
});
