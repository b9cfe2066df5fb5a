import {
  clientToken,
  createTestTenant,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { REI_PARAMETER_SETS } from '../src/referenceData/reiParameterSets';
import { errorCode, fieldError, fieldErrorPaths, graphql, graphqlOk, OPS } from './configApi';

interface Set {
  id: string;
  code: string;
  measure: string;
  validFrom: string;
  validTo: string | null;
  values: Record<string, unknown>;
}

const REI_2018 = REI_PARAMETER_SETS[1]!.values as Record<string, unknown>;

describe('measure parameter sets through the gateway', () => {
  let platform: TestPlatform;
  let platformAdmin: string;
  let measure: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config']);
    platformAdmin = await userToken(null, ['PLATFORM_ADMIN']);
    // Tests share the run's database: a measure of their own keeps them independent.
    measure = `PROVA_${Date.now().toString(36).toUpperCase()}`;
  });
  afterAll(() => platform.close());

  const save = (input: Record<string, unknown>, token = platformAdmin) =>
    graphql<{ saveParameterSet: Set }>(
      platform.graphqlUrl,
      OPS.saveParameterSet,
      { i: input },
      token,
    );
  const sets = async (m: string, token = platformAdmin) =>
    (
      await graphqlOk<{ parameterSets: Set[] }>(
        platform.graphqlUrl,
        OPS.parameterSets,
        { m },
        token,
      )
    ).parameterSets;

  it('serves the seeded REI sets, 2017 to 2020, to any authenticated caller', async () => {
    const tenant = await createTestTenant();
    for (const token of [
      await userToken(tenant.id, ['VIEWER']),
      await clientToken(tenant.id, ['rei:read']),
    ]) {
      const rei = (await sets('REI', token)).filter((s) => /^REI-20[12]\d$/.test(s.code));
      expect(rei.map((s) => [s.code, s.validFrom, s.validTo])).toEqual([
        ['REI-2017', '2017-12-01', '2017-12-31'],
        ['REI-2018', '2018-01-01', '2018-12-31'],
        ['REI-2019', '2019-01-01', '2019-12-31'],
        ['REI-2020', '2020-01-01', null],
      ]);
      expect(rei[3]!.values).toMatchObject({ annualAssegnoSociale: '5977.79', capFactor: '1.10' });
      expect(rei[0]!.values).toMatchObject({
        annualAssegnoSociale: '5824.91',
        capFactor: '1.00',
        scale: ['1.00', '1.57', '2.04', '2.46', '2.85'],
      });
      expect(rei[1]!.values).toMatchObject({
        annualAssegnoSociale: '5889.00',
        capFactor: '1.10',
        deadlines: { sendToInpsWorkingDays: 15, inpsAnswerWorkingDays: 5 },
      });
    }
    expect(errorCode(await graphql(platform.graphqlUrl, OPS.parameterSets, { m: 'REI' }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('lets a platform admin add a successor set, refusing overlaps until the previous one is closed', async () => {
    const first = await save({
      code: `${measure}-1`,
      measure,
      validFrom: '2019-01-01',
      values: { soglia: '100.00' },
    });
    expect(first.data?.saveParameterSet).toMatchObject({ validTo: null });
    const overlap = await save({
      code: `${measure}-2`,
      measure,
      validFrom: '2020-01-01',
      values: { soglia: '120.00' },
    });
    expect(errorCode(overlap)).toBe('BAD_USER_INPUT');
    expect(fieldError(overlap, 'input.validFrom')).toBe(
      `Il periodo si sovrappone a ${measure}-1 (dal 2019-01-01, senza scadenza): chiudere prima quell\u2019insieme`,
    );

    const closed = await save({
      code: `${measure}-1`,
      measure,
      validFrom: '2019-01-01',
      validTo: '2019-12-31',
      values: { soglia: '100.00' },
    });
    expect(closed.data?.saveParameterSet.id).toBe(first.data?.saveParameterSet.id);
    const successor = await save({
      code: `${measure}-2`,
      measure,
      validFrom: '2020-01-01',
      values: { soglia: '120.00' },
    });
    expect(successor.errors).toBeUndefined();
    expect((await sets(measure)).map((s) => s.code)).toEqual([`${measure}-1`, `${measure}-2`]);

    const before = await save({
      code: `${measure}-0`,
      measure,
      validFrom: '2018-06-01',
      validTo: '2019-01-01',
      values: {},
    });
    expect(fieldErrorPaths(before)).toEqual(['input.validFrom']);
    const backwards = await save({
      code: `${measure}-3`,
      measure,
      validFrom: '2030-01-01',
      validTo: '2029-01-01',
      values: {},
    });
    expect(fieldErrorPaths(backwards)).toEqual(['input.validTo']);
    const otherMeasure = await save({
      code: `${measure}-1`,
      measure: 'REI',
      validFrom: '2040-01-01',
      values: {},
    });
    expect(fieldErrorPaths(otherMeasure)).toEqual(['input.measure']);
  });

  it('checks REI values against the shape the rei subgraph reads', async () => {
    const { annualAssegnoSociale: _dropped, ...incomplete } = REI_2018;
    const bad = await save({
      code: 'REI-2099',
      measure: 'REI',
      validFrom: '2099-01-01',
      values: {
        ...incomplete,
        capFactor: 1.1,
        roundingMode: 'BANKERS',
        scale: ['1.00', '0.50'],
        capfactor: '1.10',
        deadlines: { sendToInpsWorkingDays: 15 },
      },
    });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(fieldErrorPaths(bad).sort()).toEqual(
      [
        'input.validFrom',
        'input.values.annualAssegnoSociale',
        'input.values.capFactor',
        'input.values.capfactor',
        'input.values.deadlines',
        'input.values.roundingMode',
        'input.values.scale',
      ].sort(),
    );
    expect(fieldError(bad, 'input.values.capFactor')).toBe(
      'Importo come stringa decimale (es. "5889.00")',
    );
    expect(fieldError(bad, 'input.values.capfactor')).toBe(
      'Parametro non previsto per la misura REI',
    );
    // REI-2020 has no end yet: a successor must wait until a platform admin closes it.
    expect(fieldError(bad, 'input.validFrom')).toMatch(/si sovrappone a REI-2020/);
  });

  it('is written only by platform admins, and audited as a platform event', async () => {
    const tenant = await createTestTenant();
    const input = {
      code: `${measure}X-1`,
      measure: `${measure}X`,
      validFrom: '2090-01-01',
      values: {},
    };
    for (const token of [
      await userToken(tenant.id, ['TENANT_ADMIN']),
      await clientToken(tenant.id, ['config:write']),
    ]) {
      expect(errorCode(await save(input, token))).toBe('FORBIDDEN');
    }
    const insideTenant = await userToken(tenant.id, ['PLATFORM_ADMIN']);
    const saved = (await save(input, insideTenant)).data!.saveParameterSet;

    const { auditEvents } = await graphqlOk<{
      auditEvents: { items: { actor: string; action: string; changes: Record<string, unknown> }[] };
    }>(
      platform.graphqlUrl,
      OPS.audit,
      { f: { entity: 'ParameterSet', entityId: saved.id } },
      platformAdmin,
    );
    expect(auditEvents.items).toEqual([
      expect.objectContaining({
        action: 'CREATE',
        changes: expect.objectContaining({ code: input.code, validFrom: '2090-01-01' }),
      }),
    ]);
    // Platform events stay out of every tenant's history.
    const tenantView = await graphqlOk<{ auditEvents: { total: number } }>(
      platform.graphqlUrl,
      OPS.audit,
      { f: { entity: 'ParameterSet' } },
      await userToken(tenant.id, ['TENANT_ADMIN']),
    );
    expect(tenantView.auditEvents.total).toBe(0);
    expect(
      errorCode(
        await graphql(
          platform.graphqlUrl,
          OPS.audit,
          {},
          await userToken(tenant.id, ['CASEWORKER']),
        ),
      ),
    ).toBe('FORBIDDEN');
  });
});
