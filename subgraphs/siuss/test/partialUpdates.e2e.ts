import {
  createTestTenant,
  errorCode,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { apiAs, benefitInput, OPS, type Api } from './siussApi';

interface Benefit {
  id: string;
  version: number;
  status: string;
  lastName: string | null;
  citizenshipCode: string | null;
  monthlyAmount: string | null;
  months: number | null;
  dsuProtocol: string | null;
  residence: { regionCode: string | null; municipalityCode: string | null; countryCode: string };
}

/** An update of a SIUSS record changes what it names, nothing else, at the version read. */
describe('partial updates of SIUSS records', () => {
  let platform: TestPlatform;
  let api: Api;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'siuss']);
    api = apiAs(
      platform.graphqlUrl,
      await userToken((await createTestTenant('Comune SIUSS mod')).id),
    );
  });
  afterAll(() => platform.close());

  const create = async (over: Record<string, unknown> = {}) =>
    (await api.ok<{ createSocialBenefit: Benefit }>(OPS.create, { i: benefitInput(over) }))
      .createSocialBenefit;

  it('a new amount alone keeps citizenship, residence and the rest', async () => {
    const b = await create({ citizenshipCode: '008' });
    const { updateSocialBenefit } = await api.ok<{ updateSocialBenefit: Benefit }>(OPS.update, {
      id: b.id,
      i: { monthlyAmount: '300.00' },
      v: b.version,
    });
    expect(updateSocialBenefit).toMatchObject({
      version: b.version + 1,
      status: 'VALID',
      monthlyAmount: '300.00',
      citizenshipCode: '008',
      lastName: 'VERDI',
      months: 10,
      dsuProtocol: 'INPS-ISEE-2018-00000077A-00',
      residence: { regionCode: '03', municipalityCode: '015146', countryCode: '380' },
    });
  });

  it('new dates recompute the months they derived', async () => {
    const b = await create();
    const { updateSocialBenefit } = await api.ok<{ updateSocialBenefit: Benefit }>(OPS.update, {
      id: b.id,
      i: { endDate: '2018-08-31' },
      v: b.version,
    });
    expect(updateSocialBenefit.months).toBe(3);
  });

  it('null clears a nullable field and is refused on a required one', async () => {
    const b = await create();
    const refused = await api.call(OPS.update, {
      id: b.id,
      i: { serviceCode: null, takenInCharge: null },
      v: b.version,
    });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.fieldErrors!.map((e) => e.field).sort()).toEqual([
      'input.serviceCode',
      'input.takenInCharge',
    ]);
    const { updateSocialBenefit } = await api.ok<{ updateSocialBenefit: Benefit }>(OPS.update, {
      id: b.id,
      i: { dsuProtocol: null },
      v: b.version,
    });
    expect(updateSocialBenefit).toMatchObject({ dsuProtocol: null, version: b.version + 1 });
  });

  it('expectedVersion is required; a stale one is CONFLICT with the current version', async () => {
    const b = await create();
    const missing = await api.call(
      `mutation U($id: ID!) { updateSocialBenefit(id: $id, input: { months: 2 }) { id } }`,
      { id: b.id },
    );
    expect(errorCode(missing)).toBe('GRAPHQL_VALIDATION_FAILED');
    const stale = await api.call(OPS.update, { id: b.id, i: { months: 2 }, v: b.version + 2 });
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(b.version);
  });
});
