import {
  createTestTenant,
  openTestCase,
  graphqlOk,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { applicationIn } from './support/flows';

const SAVE = `mutation P($id: ID!, $i: ReiProjectInput!) {
  saveReiProject(applicationId: $id, input: $i) { id interventions { id code } } }`;
const SIGN = `mutation S($id: ID!) { signReiProject(applicationId: $id, signedAt: "2018-01-25") { id } }`;
const EXTRACT = `mutation { extractBenefitsFromRei(from: "2018-01-01", to: "2018-12-31") }`;
const RECORDS = `query R { socialBenefits(filter: { source: REI }) { total items {
  id status source sourceId fiscalCode lastName serviceCode character amount paymentDate takenInCharge userArea issues { field message } } } }`;

interface SocialBenefitRow {
  id: string;
  status: string;
  source: string;
  sourceId: string;
  fiscalCode: string;
  lastName: string | null;
  serviceCode: string;
  character: string;
  amount: string | null;
  paymentDate: string | null;
  takenInCharge: boolean;
  userArea: string | null;
  issues: { field: string; message: string }[];
}

/**
 * The native extraction end to end: a project's economic intervention, written through the REI
 * API, becomes a SIUSS record when the siuss subgraph asks REI (through the federation's services,
 * never REI's tables); running it again adds nothing, a changed amount updates the record, a
 * removed intervention cancels it.
 */
describe('SIUSS extraction of REI interventions', () => {
  let platform: TestPlatform;
  let url: string;
  let token: string;
  let tenantId: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'rei', 'siuss', 'casework']);
    url = platform.graphqlUrl;
    tenantId = (await createTestTenant('Comune estrazione')).id;
    token = await userToken(tenantId, ['CASEWORKER']);
  }, 60_000);
  afterAll(() => platform?.close());

  const records = async () =>
    (
      await graphqlOk<{ socialBenefits: { total: number; items: SocialBenefitRow[] } }>(
        url,
        RECORDS,
        {},
        token,
      )
    ).socialBenefits;
  const extract = async () =>
    (await graphqlOk<{ extractBenefitsFromRei: number }>(url, EXTRACT, {}, token))
      .extractBenefitsFromRei;

  it('makes a record of a granted economic intervention, once, and follows its changes', async () => {
    const { application, family } = await applicationIn(url, token, { until: 'ACCEPTED' });
    const { subject } = await graphqlOk<{ subject: { fiscalCode: string; lastName: string } }>(
      url,
      'query S($id: ID!) { subject(id: $id) { fiscalCode lastName } }',
      { id: family.subjectIds[0] },
      token,
    );
    const economic = {
      code: 'CONTRIBUTO_ECONOMICO',
      economic: true,
      siussServiceCode: 'A1.04',
      amount: '100.00',
      paymentDate: '2018-03-01',
    };
    const project = {
      preliminaryAssessmentOn: '2018-01-20',
      goals: [{ area: 'CIVIC', description: 'Autonomia abitativa' }],
    };
    const saved = (
      await graphqlOk<{ saveReiProject: { interventions: { id: string; code: string }[] } }>(
        url,
        SAVE,
        {
          id: application.id,
          i: {
            ...project,
            interventions: [economic, { code: 'SOSTEGNO_EDUCATIVO', economic: false }],
          },
        },
        token,
      )
    ).saveReiProject;
    const interventionId = saved.interventions.find((i) => i.code === economic.code)!.id;
    await openTestCase(url, tenantId, family.subjectIds[0]!);
    await graphqlOk(url, SIGN, { id: application.id }, token);

    expect(await extract()).toBe(1);
    const first = await records();
    expect(first.total).toBe(1);
    // The person comes from the registry; the test household has no residence, which INPS
    // requires: the record is kept, INVALID, with exactly those issues for a caseworker to fix.
    expect(first.items[0]).toMatchObject({
      status: 'INVALID',
      lastName: subject.lastName.toUpperCase(),
      source: 'REI',
      sourceId: interventionId,
      fiscalCode: subject.fiscalCode,
      serviceCode: 'A1.04',
      character: 'OCCASIONAL',
      amount: '100.00',
      paymentDate: '2018-03-01',
      takenInCharge: true,
      userArea: 'POVERTY_AND_EXCLUSION',
    });
    expect(first.items[0]!.issues.map((i) => i.field).sort()).toEqual([
      'residence.municipalityCode',
      'residence.regionCode',
    ]);

    // Again: nothing new, nothing changed.
    expect(await extract()).toBe(0);
    expect((await records()).items).toEqual(first.items);

    // The amount changes in REI: the same record follows.
    await graphqlOk(
      url,
      SAVE,
      {
        id: application.id,
        i: { ...project, interventions: [{ ...economic, id: interventionId, amount: '120.00' }] },
      },
      token,
    );
    expect(await extract()).toBe(1);
    const changed = await records();
    expect(changed.total).toBe(1);
    expect(changed.items[0]).toMatchObject({
      id: first.items[0]!.id,
      amount: '120.00',
      status: 'INVALID',
    });

    // The intervention is withdrawn: its record is cancelled, not deleted.
    await graphqlOk(url, SAVE, { id: application.id, i: { ...project, interventions: [] } }, token);
    expect(await extract()).toBe(1);
    const cancelled = await records();
    expect(cancelled.items).toEqual([
      expect.objectContaining({ id: first.items[0]!.id, status: 'CANCELLED' }),
    ]);
    expect(await extract()).toBe(0);
  });
});
