import {
  createTestTenant,
  errorCode,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { BENEFIT_SORT } from '../src/resolvers/sorts';
import { apiAs, benefitInput, OPS, type Api } from './siussApi';

interface Benefit {
  id: string;
  status: string;
  version: number;
  issues: { field: string; message: string }[];
  lastName: string | null;
  months: number | null;
  fiscalCode: string;
  pendingCancellation: boolean;
}

describe('social benefits through the gateway', () => {
  let platform: TestPlatform;
  let api: Api;
  let otherApi: Api;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'siuss']);
    const tenant = await createTestTenant('Comune SIUSS');
    const other = await createTestTenant('Altro Comune SIUSS');
    api = apiAs(platform.graphqlUrl, await userToken(tenant.id));
    otherApi = apiAs(platform.graphqlUrl, await userToken(other.id));
  });
  afterAll(() => platform.close());

  it('creates a valid record, normalising what was typed, with the service name from the list', async () => {
    const input = benefitInput({
      lastName: '  verdi ',
      sex: '2',
      citizenshipCode: 'Italia',
      serviceCode: 'a1.04',
    });
    const { createSocialBenefit: b } = await api.ok<{
      createSocialBenefit: Benefit & { serviceName: string; sex: string };
    }>(OPS.create, { i: input });
    expect(b).toMatchObject({
      status: 'VALID',
      issues: [],
      lastName: 'VERDI',
      sex: 'F',
      months: 10,
      serviceName: 'Contributi economici a integrazione del reddito familiare',
    });
  });

  it('keeps an incomplete record as INVALID with issues in Italian, and VALID once fixed', async () => {
    const input = benefitInput({ userArea: null, dsuDate: null });
    const { createSocialBenefit: b } = await api.ok<{ createSocialBenefit: Benefit }>(OPS.create, {
      i: input,
    });
    expect(b.status).toBe('INVALID');
    expect(b.issues.map((i) => i.field)).toEqual(['userArea', 'dsuProtocol']);
    expect(b.issues[0]!.message).toContain('AreaUtenza');
    const stale = await api.call(OPS.update, {
      id: b.id,
      i: benefitInput({ fiscalCode: b.fiscalCode }),
      v: b.version + 5,
    });
    expect(errorCode(stale)).toBe('CONFLICT');
    const { updateSocialBenefit: fixed } = await api.ok<{ updateSocialBenefit: Benefit }>(
      OPS.update,
      { id: b.id, i: benefitInput({ fiscalCode: b.fiscalCode }), v: b.version },
    );
    expect(fixed).toMatchObject({ status: 'VALID', issues: [], version: b.version + 1 });
  });

  it('refuses values it cannot read with fieldErrors in Italian', async () => {
    const result = await api.call(OPS.create, {
      i: benefitInput({ citizenshipCode: 'Atlantide', sex: 'X' }),
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(
      (result.errors![0]!.extensions!.fieldErrors as { field: string }[]).map((e) => e.field),
    ).toEqual(['input.sex', 'input.citizenshipCode']);
  });

  it('fills the anagrafica from the registry and links the subject both ways', async () => {
    const fiscalCode = benefitInput().fiscalCode as string;
    const subjectInput = {
      fiscalCode,
      firstName: 'Anna',
      lastName: 'Verdi',
      sex: 'F',
      birthDate: `19${fiscalCode.slice(6, 8)}-${'ABCDEHLMPRST'.indexOf(fiscalCode[8]!) + 1 < 10 ? '0' : ''}${'ABCDEHLMPRST'.indexOf(fiscalCode[8]!) + 1}-${String(Number(fiscalCode.slice(9, 11)) - 40).padStart(2, '0')}`,
      birthPlaceCode: 'F205',
      citizenshipCode: '380',
      residence: { municipalityCode: '015146' },
    };
    const { createSubject } = await api.ok<{ createSubject: { id: string } }>(OPS.createSubject, {
      i: subjectInput,
    });
    const input = {
      ...benefitInput({ fiscalCode: fiscalCode.toLowerCase() }),
      lastName: null,
      firstName: null,
      birthYear: null,
      sex: null,
      residence: null,
    };
    const { createSocialBenefit: b } = await api.ok<{
      createSocialBenefit: Benefit & { birthYear: number };
    }>(OPS.create, { i: input });
    expect(b).toMatchObject({
      status: 'VALID',
      lastName: 'VERDI',
      birthYear: Number(subjectInput.birthDate.slice(0, 4)),
    });
    const { socialBenefit } = await api.ok<{
      socialBenefit: { beneficiary: { id: string } | null };
    }>(OPS.benefit, { id: b.id });
    expect(socialBenefit.beneficiary?.id).toBe(createSubject.id);
    const { subject } = await api.ok<{ subject: { socialBenefits: { id: string }[] } }>(
      OPS.subjectBenefits,
      { id: createSubject.id },
    );
    expect(subject.socialBenefits.map((s) => s.id)).toEqual([b.id]);
  });

  it('lists with filters, and hides everything from another tenant', async () => {
    const { createSocialBenefit: b } = await api.ok<{ createSocialBenefit: Benefit }>(OPS.create, {
      i: benefitInput({
        serviceCode: 'A1.06',
        character: 'OCCASIONAL',
        startDate: null,
        endDate: null,
        monthlyAmount: null,
        paymentDate: '2018-09-10',
        amount: '80.00',
        meansTest: 'NONE',
        dsuProtocol: null,
        dsuYear: null,
        dsuDate: null,
        takenInCharge: false,
        userArea: null,
      }),
    });
    expect(b.status).toBe('VALID');
    const { socialBenefits } = await api.ok<{
      socialBenefits: { total: number; items: { id: string }[] };
    }>(OPS.list, {
      f: { serviceCode: 'a1.06', status: ['VALID'], from: '2018-09-01', to: '2018-09-30' },
    });
    expect(socialBenefits.items.map((i) => i.id)).toEqual([b.id]);
    const { socialBenefits: withIssues } = await api.ok<{ socialBenefits: { total: number } }>(
      OPS.list,
      { f: { hasIssues: true } },
    );
    expect(withIssues.total).toBe(0);
    const { socialBenefits: theirs } = await otherApi.ok<{ socialBenefits: { total: number } }>(
      OPS.list,
      {},
    );
    expect(theirs.total).toBe(0);
    const { socialBenefit } = await otherApi.ok<{ socialBenefit: unknown }>(OPS.benefit, {
      id: b.id,
    });
    expect(socialBenefit).toBeNull();
    expect(errorCode(await otherApi.call(OPS.update, { id: b.id, i: benefitInput(), v: 1 }))).toBe(
      'NOT_FOUND',
    );
    expect(errorCode(await otherApi.call(OPS.cancel, { id: b.id }))).toBe('NOT_FOUND');
  });

  it('sorts by every value of SocialBenefitSortField, both ways', async () => {
    const tenant = await createTestTenant('Comune SIUSS ordinamenti');
    const own = apiAs(platform.graphqlUrl, await userToken(tenant.id));
    for (const over of [
      { lastName: 'Bianchi', startDate: '2018-07-01', monthlyAmount: '90.00' },
      { lastName: 'Rossi', startDate: '2018-02-01', monthlyAmount: '1200.00' },
      {
        lastName: 'Conti',
        serviceCode: 'A1.06',
        character: 'OCCASIONAL',
        startDate: null,
        endDate: null,
        monthlyAmount: null,
        paymentDate: '2018-09-10',
        amount: '80.00',
      },
      { lastName: 'Esposito', userArea: null, dsuDate: null },
    ])
      await own.ok(OPS.create, { i: benefitInput(over) });
    const numeric = new Set(['amount', 'monthlyAmount']);
    for (const [value, property] of Object.entries(BENEFIT_SORT.fields)) {
      const read = async (order: 'ASC' | 'DESC') =>
        (
          await own.ok<{ socialBenefits: { items: Record<string, string | null>[] } }>(
            OPS.sortedList,
            { s: { field: value, order } },
          )
        ).socialBenefits.items;
      const asc = await read('ASC');
      const desc = await read('DESC');
      expect(asc).toHaveLength(4);
      const values = asc.map((b) => b[property]).filter((v): v is string => v !== null);
      const sorted = [...values].sort((a, b) =>
        numeric.has(property) ? Number(a) - Number(b) : a < b ? -1 : a > b ? 1 : 0,
      );
      expect({ value, values }).toEqual({ value, values: sorted });
      // Ties fall back to the id in the same direction: DESC is ASC reversed.
      expect(desc.map((b) => b.id)).toEqual(asc.map((b) => b.id).reverse());
    }
    const bad = await own.call(OPS.sortedList, { s: { field: 'serviceName' } });
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0]!.message).toContain('SocialBenefitSortField');
  });

  it('answers closed sets as enums, and filters by them', async () => {
    const { __type: benefit } = await api.ok<{
      __type: {
        fields: {
          name: string;
          type: {
            kind: string;
            name: string | null;
            ofType: { kind: string; name: string } | null;
          };
        }[];
      };
    }>(OPS.typeFields, { name: 'SocialBenefit' });
    const typeOf = (fields: typeof benefit.fields, name: string) => {
      const t = fields.find((f) => f.name === name)!.type;
      return t.kind === 'NON_NULL' ? `${t.ofType!.name}!` : `${t.name}:${t.kind}`;
    };
    expect(typeOf(benefit.fields, 'sex')).toBe('Sex:ENUM');
    expect(typeOf(benefit.fields, 'source')).toBe('BenefitSource!');
    const { __type: transmission } = await api.ok<{ __type: typeof benefit }>(OPS.typeFields, {
      name: 'Transmission',
    });
    expect(typeOf(transmission.fields, 'flow')).toBe('SiussFlow!');
    expect(typeOf(transmission.fields, 'status')).toBe('TransmissionStatus!');
    const { __type: job } = await api.ok<{ __type: typeof benefit }>(OPS.typeFields, {
      name: 'ImportJob',
    });
    expect(typeOf(job.fields, 'status')).toBe('ImportJobStatus!');
    expect(typeOf(job.fields, 'format')).toBe('ImportFormat!');
    const { __type: kinds } = await api.ok<{
      __type: { kind: string; enumValues: { name: string }[] };
    }>(OPS.enumValues, { name: 'BenefitSource' });
    expect(kinds).toEqual({
      kind: 'ENUM',
      enumValues: [{ name: 'REI' }, { name: 'IMPORT' }, { name: 'MANUAL' }],
    });

    const { createSocialBenefit: b } = await api.ok<{
      createSocialBenefit: { id: string; sex: string; source: string };
    }>(OPS.create, { i: benefitInput({ sex: '1', lastName: 'Enumeri' }) });
    expect(b).toMatchObject({ sex: 'M', source: 'MANUAL' });
    const { socialBenefits } = await api.ok<{ socialBenefits: { items: { id: string }[] } }>(
      OPS.list,
      {
        f: {
          source: 'MANUAL',
          fiscalCode: (
            await api.ok<{ socialBenefit: { fiscalCode: string } }>(OPS.benefit, { id: b.id })
          ).socialBenefit.fiscalCode,
        },
      },
    );
    expect(socialBenefits.items.map((i) => i.id)).toEqual([b.id]);
    const { socialBenefits: imported } = await api.ok<{ socialBenefits: { total: number } }>(
      OPS.list,
      { f: { source: 'IMPORT' } },
    );
    expect(imported.total).toBe(0);
    const lower = await api.call(OPS.list, { f: { source: 'manual' } });
    expect(errorCode(lower)).toBe('BAD_USER_INPUT');
    expect(lower.errors![0]!.extensions!.fieldErrors).toEqual([
      {
        field: 'f.source',
        message: '"manual" non è un valore di BenefitSource: usare REI, IMPORT, MANUAL',
      },
    ]);
  });
});
