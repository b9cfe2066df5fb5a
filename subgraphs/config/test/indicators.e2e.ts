import { randomInt } from 'node:crypto';
import {
  clientToken,
  createTestTenant,
  startTestPlatform,
  userToken,
  type TestPlatform,
  type TestTenant,
} from '@sisa/testing';
import { DEFAULT_INDICATORS } from '../src/domain/defaultIndicators';
import {
  measuringSubgraph,
  platformSubgraphs,
  type ConfigurableEntity,
  type SubgraphName,
} from '@sisa/kernel';
import {
  errorCode,
  fieldError,
  fieldErrorPaths,
  graphql,
  graphqlOk,
  OPS,
  uniqueKey,
} from './configApi';

interface Indicator {
  id: string;
  key: string;
  label: string;
  entity: string;
  aggregate: string;
  field: string | null;
  filter: Record<string, unknown> | null;
  groupBy: string | null;
  position: number;
  period?: {
    field: string;
    from: string | null;
    to: string | null;
    lastMonths: number | null;
  } | null;
  measurement?: {
    __typename: string;
    value: number | null;
    groups: unknown[];
    computedAt: string;
    error: string | null;
  } | null;
}

const DEFAULT_KEYS = DEFAULT_INDICATORS.map((d) => d.key);
/** The domain subgraphs that compute measurements today: started beside config. */
const OWNERS: SubgraphName[] = platformSubgraphs()
  .filter((s) => s.measurement)
  .map((s) => s.name);
const MEASURED_TYPES = new Set(platformSubgraphs().map((s) => s.measurement?.type));

describe('indicators through the gateway', () => {
  let platform: TestPlatform;
  let tenant: TestTenant;
  let other: TestTenant;
  let admin: string;
  let platformAdmin: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', ...OWNERS]);
    tenant = await createTestTenant('Comune Indicatori');
    other = await createTestTenant('Altro Comune');
    admin = await userToken(tenant.id, ['TENANT_ADMIN']);
    platformAdmin = await userToken(null, ['PLATFORM_ADMIN']);
  });
  afterAll(() => platform.close());

  const save = (input: Record<string, unknown>, token = admin) =>
    graphql<{ saveIndicator: Indicator }>(
      platform.graphqlUrl,
      OPS.saveIndicator,
      { i: input },
      token,
    );
  const indicators = async (token = admin) =>
    (await graphqlOk<{ indicators: Indicator[] }>(platform.graphqlUrl, OPS.indicators, {}, token))
      .indicators;

  it('gives a tenant the default dashboard once, whoever asks again', async () => {
    const first = await graphqlOk<{ ensureDefaultIndicators: number }>(
      platform.graphqlUrl,
      OPS.ensureDefaults,
      { t: tenant.id },
      platformAdmin,
    );
    expect(first.ensureDefaultIndicators).toBe(DEFAULT_INDICATORS.length);
    const again = await graphqlOk<{ ensureDefaultIndicators: number }>(
      platform.graphqlUrl,
      OPS.ensureDefaults,
      { t: tenant.id },
      platformAdmin,
    );
    expect(again.ensureDefaultIndicators).toBe(0);
    const list = await indicators();
    expect(list.map((i) => i.key)).toEqual(DEFAULT_KEYS);
    expect(list.find((i) => i.key === 'rei_monthly_amount_granted')).toMatchObject({
      aggregate: 'SUM',
      field: 'monthlyAmount',
      filter: { status: 'ACCEPTED' },
    });
    expect(list.find((i) => i.key === 'rei_by_submission_month')).toMatchObject({
      groupBy: 'submittedAt:month',
      period: { field: 'submittedAt', lastMonths: 12 },
    });

    expect(
      errorCode(await graphql(platform.graphqlUrl, OPS.ensureDefaults, { t: tenant.id }, admin)),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(
        await graphql(
          platform.graphqlUrl,
          OPS.ensureDefaults,
          { t: '00000000-0000-4000-8000-000000000000' },
          platformAdmin,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('creates the default dashboard with a new tenant', async () => {
    const code = String(randomInt(100000, 999999));
    const created = await graphqlOk<{ createTenant: { id: string } }>(
      platform.graphqlUrl,
      'mutation C($i: TenantInput!) { createTenant(input: $i) { id } }',
      {
        i: {
          code,
          belfioreCode: `Z${String(randomInt(0, 1000)).padStart(3, '0')}`,
          name: `Comune Nuovo ${code}`,
        },
      },
      platformAdmin,
    );
    const token = await userToken(created.createTenant.id, ['VIEWER']);
    expect((await indicators(token)).map((i) => i.key)).toEqual(DEFAULT_KEYS);
  });

  it('returns each measurement typed by the domain that computes it, or why it cannot yet', async () => {
    const list = await indicators(await userToken(tenant.id, ['CASEWORKER']));
    for (const indicator of list) {
      const type = measuringSubgraph(indicator.entity as ConfigurableEntity)?.measurement.type;
      const measurement = indicator.measurement!;
      expect(new Date(measurement.computedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
      if (type) {
        // Computed by the owning subgraph in this tenant, which holds no data yet.
        expect([indicator.key, measurement.__typename, measurement.error]).toEqual([
          indicator.key,
          type,
          null,
        ]);
        expect(measurement.value ?? 0).toBe(0);
      } else {
        expect([indicator.key, measurement.__typename]).toEqual([
          indicator.key,
          'UnavailableMeasurement',
        ]);
        expect(measurement).toMatchObject({ value: null, groups: [] });
        expect(measurement.error).toBe(
          'Indicatore non ancora calcolabile: il servizio che ne custodisce i dati non fa ancora parte della piattaforma',
        );
      }
    }
  });

  it('costs one request to config and one to each measuring domain, however many indicators', async () => {
    const token = await userToken(tenant.id, ['CASEWORKER']);
    await indicators(token); // warm the domains' configuration caches
    const requests: Record<string, number> = {};
    const counters = Object.entries(platform.subgraphs).map(([name, server]) => {
      // Express rewrites req.url while routing: every POST is a GraphQL request (health is a GET).
      const count = (req: { method?: string }) => {
        if (req.method === 'POST') requests[name] = (requests[name] ?? 0) + 1;
      };
      server!.httpServer.on('request', count);
      return () => server!.httpServer.off('request', count);
    });
    try {
      const list = await indicators(token);
      expect(list.length).toBeGreaterThanOrEqual(DEFAULT_INDICATORS.length);
    } finally {
      for (const stop of counters) stop();
    }
    expect(requests).toEqual(Object.fromEntries(['config', ...OWNERS].map((name) => [name, 1])));
  });

  it('saves (upserting by key) and deletes indicators over built-in and custom fields', async () => {
    const field = uniqueKey('needs');
    await graphqlOk(
      platform.graphqlUrl,
      OPS.saveList,
      { i: { key: field, label: 'Bisogni', items: [{ code: 'CASA', label: 'Casa' }] } },
      admin,
    );
    await graphqlOk(
      platform.graphqlUrl,
      OPS.createField,
      {
        i: {
          entity: 'SUBJECT',
          key: field,
          label: 'Bisogni',
          type: 'MULTI_SELECT',
          listKey: field,
        },
      },
      admin,
    );
    const key = uniqueKey('casa');
    const created = await save({
      key,
      label: 'Persone con bisogno abitativo',
      entity: 'SUBJECT',
      aggregate: 'COUNT',
      filter: { [`customFields.${field}`]: { contains: 'CASA' }, age: { gte: 18 } },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.saveIndicator.position).toBe(DEFAULT_INDICATORS.length);

    const updated = await save({
      key,
      label: 'Adulti con bisogno abitativo per mese',
      entity: 'SUBJECT',
      aggregate: 'COUNT',
      filter: { [`customFields.${field}`]: { contains: 'CASA' } },
      groupBy: 'createdAt:month',
      period: { field: 'createdAt', from: '2026-01-01', to: '2026-12-31' },
      target: 100,
      unit: 'persone',
    });
    expect(updated.data!.saveIndicator).toMatchObject({
      id: created.data!.saveIndicator.id,
      groupBy: 'createdAt:month',
      period: { field: 'createdAt', from: '2026-01-01', to: '2026-12-31', lastMonths: null },
    });

    const { indicatorFields } = await graphqlOk<{
      indicatorFields: { name: string; type: string; multiple: boolean }[];
    }>(
      platform.graphqlUrl,
      'query F($e: ConfigurableEntity!) { indicatorFields(entity: $e) { name label type multiple } }',
      { e: 'SUBJECT' },
      await clientToken(tenant.id, ['config:read']),
    );
    expect(indicatorFields).toEqual(
      expect.arrayContaining([
        { name: 'ageBand', label: 'Fascia d\u2019età', type: 'TEXT', multiple: false },
        expect.objectContaining({ name: `customFields.${field}`, multiple: true }),
      ]),
    );

    const deleted = await graphqlOk<{ deleteIndicator: boolean }>(
      platform.graphqlUrl,
      OPS.deleteIndicator,
      { id: created.data!.saveIndicator.id },
      admin,
    );
    expect(deleted.deleteIndicator).toBe(true);
    expect((await indicators()).map((i) => i.key)).not.toContain(key);
    const { auditEvents } = await graphqlOk<{
      auditEvents: { items: { action: string; changes: Record<string, unknown> }[] };
    }>(
      platform.graphqlUrl,
      OPS.audit,
      {
        f: { entity: 'Indicator', entityId: created.data!.saveIndicator.id },
        s: { field: 'AT', order: 'ASC' },
      },
      admin,
    );
    expect(auditEvents.items.map((e) => e.action)).toEqual(['CREATE', 'UPDATE', 'DELETE']);
    expect(auditEvents.items[1]!.changes).toMatchObject({
      groupBy: { from: null, to: 'createdAt:month' },
      target: { from: null, to: 100 },
    });
  });

  it('refuses specs that cannot compile, naming the part in Italian', async () => {
    const cases: [Record<string, unknown>, string[]][] = [
      [{ aggregate: 'SUM', field: 'sex' }, ['input.field']],
      [{ aggregate: 'AVG' }, ['input.field']],
      [{ groupBy: 'password' }, ['input.groupBy']],
      [{ groupBy: 'birthDate' }, ['input.groupBy']],
      [
        { filter: { "sex'; drop table config.tenant; --": 'M' } },
        ["input.filter.sex'; drop table config.tenant; --"],
      ],
      [{ filter: { age: { like: '%' } } }, ['input.filter.age']],
      [{ filter: ['sex'] }, ['input.filter']],
      [
        { period: { field: 'sex', lastMonths: 500 } },
        ['input.period.field', 'input.period.lastMonths'],
      ],
      [{ key: 'Bad Key', label: '' }, ['input.key', 'input.label']],
    ];
    for (const [change, paths] of cases) {
      const result = await save({
        key: uniqueKey('bad'),
        label: 'Prova',
        entity: 'SUBJECT',
        aggregate: 'COUNT',
        ...change,
      });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldErrorPaths(result)).toEqual(paths);
    }
    const sum = await save({
      key: uniqueKey('bad'),
      label: 'Prova',
      entity: 'SUBJECT',
      aggregate: 'SUM',
      field: 'sex',
    });
    expect(fieldError(sum, 'input.field')).toBe(
      'Si possono sommare, mediare o confrontare solo campi numerici',
    );
  });

  it('previews an unsaved spec for the console, checked like a saved one', async () => {
    const caseworker = await userToken(tenant.id, ['CASEWORKER']);
    const query =
      'query P($i: IndicatorInput!) { indicatorPreview(input: $i) { __typename value groups { key value } error } }';
    const ok = await graphql<{ indicatorPreview: { __typename: string } }>(
      platform.graphqlUrl,
      query,
      {
        i: {
          key: 'anteprima',
          label: 'Anteprima',
          entity: 'REI_APPLICATION',
          aggregate: 'COUNT',
          groupBy: 'status',
        },
      },
      caseworker,
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.indicatorPreview.__typename).toBe(
      MEASURED_TYPES.has('ReiMeasurement') ? 'ReiMeasurement' : 'UnavailableMeasurement',
    );
    const bad = await graphql(
      platform.graphqlUrl,
      query,
      {
        i: {
          key: 'anteprima',
          label: 'Anteprima',
          entity: 'REI_APPLICATION',
          aggregate: 'MAX',
          field: 'status',
        },
      },
      caseworker,
    );
    expect(fieldErrorPaths(bad)).toEqual(['input.field']);
  });

  it('keeps indicators per tenant and lets only admins write', async () => {
    const key = uniqueKey('mio');
    const mine = (
      await save({ key, label: 'Mio', entity: 'HOUSEHOLD', aggregate: 'AVG', field: 'isee' })
    ).data!.saveIndicator;
    const otherAdmin = await userToken(other.id, ['TENANT_ADMIN']);
    expect((await indicators(otherAdmin)).map((i) => i.id)).not.toContain(mine.id);
    expect(
      (
        await graphqlOk<{ indicator: null }>(
          platform.graphqlUrl,
          'query I($id: ID!) { indicator(id: $id) { id } }',
          { id: mine.id },
          otherAdmin,
        )
      ).indicator,
    ).toBeNull();
    expect(
      errorCode(
        await graphql(platform.graphqlUrl, OPS.deleteIndicator, { id: mine.id }, otherAdmin),
      ),
    ).toBe('NOT_FOUND');
    // The same key in another tenant is another indicator.
    const theirs = (
      await save({ key, label: 'Loro', entity: 'HOUSEHOLD', aggregate: 'COUNT' }, otherAdmin)
    ).data!.saveIndicator;
    expect(theirs.id).not.toBe(mine.id);
    expect((await indicators()).find((i) => i.key === key)?.label).toBe('Mio');

    const definitions = async (token: string) =>
      (
        await graphqlOk<{ indicators: Indicator[] }>(
          platform.graphqlUrl,
          '{ indicators { key } }',
          {},
          token,
        )
      ).indicators;
    for (const token of [
      await userToken(tenant.id, ['CASEWORKER']),
      await userToken(tenant.id, ['VIEWER']),
      await clientToken(tenant.id, ['config:read']),
    ]) {
      expect((await definitions(token)).some((i) => i.key === key)).toBe(true);
      expect(
        errorCode(await save({ key, label: 'No', entity: 'HOUSEHOLD', aggregate: 'COUNT' }, token)),
      ).toBe('FORBIDDEN');
      expect(
        errorCode(await graphql(platform.graphqlUrl, OPS.deleteIndicator, { id: mine.id }, token)),
      ).toBe('FORBIDDEN');
    }
    expect(
      errorCode(
        await graphql(
          platform.graphqlUrl,
          OPS.indicators,
          {},
          await clientToken(tenant.id, ['rei:read']),
        ),
      ),
    ).toBe('FORBIDDEN');
    if (MEASURED_TYPES.has('RegistryMeasurement')) {
      // A measurement reads the owner's data: the client needs that domain's scope too.
      const configOnly = await graphql<{ indicators: Indicator[] }>(
        platform.graphqlUrl,
        OPS.indicators,
        {},
        await clientToken(tenant.id, ['config:read']),
      );
      const refusals = (configOnly.errors ?? []).filter((e) => e.path?.[2] === 'measurement');
      expect(refusals.length).toBeGreaterThan(0);
      for (const refusal of refusals) {
        expect(refusal.extensions?.code).toBe('FORBIDDEN');
        expect(OWNERS).toContain(refusal.extensions?.serviceName);
      }
      expect(
        configOnly.data?.indicators.find((i) => i.entity === 'SUBJECT')?.measurement,
      ).toBeNull();
      const both = await graphql<{ indicators: Indicator[] }>(
        platform.graphqlUrl,
        OPS.indicators,
        {},
        await clientToken(tenant.id, ['config:read', 'registry:read']),
      );
      expect(
        both.data?.indicators.find((i) => i.entity === 'SUBJECT')?.measurement?.__typename,
      ).toBe('RegistryMeasurement');
    }
  });
});
