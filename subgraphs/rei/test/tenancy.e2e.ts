import {
  createTestTenant,
  openTestCase,
  errorCode,
  graphql,
  graphqlOk,
  startTestPlatform,
  userToken,
  clientToken,
  type TestPlatform,
} from '@sisa/testing';
import { applicationIn, type App } from './support/flows';
import { OPS } from './support/operations';

describe('REI tenant isolation and lists', () => {
  let platform: TestPlatform;
  let url: string;
  let tokenA: string;
  let tokenB: string;
  let tenantAId: string;
  let a: { application: App; family: { householdId: string; subjectIds: string[] } };

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'rei', 'casework']);
    url = platform.graphqlUrl;
    const [tenantA, tenantB] = [
      await createTestTenant('Comune A'),
      await createTestTenant('Comune B'),
    ];
    tenantAId = tenantA.id;
    tokenA = await userToken(tenantA.id, ['CASEWORKER']);
    tokenB = await userToken(tenantB.id, ['CASEWORKER']);
    a = await applicationIn(url, tokenA, { until: 'CHECKS_PASSED' });
  }, 60_000);
  afterAll(() => platform?.close());

  it('numbers protocols per tenant and year', async () => {
    const first = await applicationIn(url, tokenB);
    const second = await applicationIn(url, tokenB);
    const later = await applicationIn(url, tokenB, { submittedAt: '2019-02-01' });
    expect([
      first.application.protocolNumber,
      second.application.protocolNumber,
      later.application.protocolNumber,
    ]).toEqual(['REI/2018/000001', 'REI/2018/000002', 'REI/2019/000001']);
    expect(a.application.protocolNumber).toBe('REI/2018/000001');
  });

  it('never shows or changes another tenant’s application', async () => {
    const id = a.application.id;
    expect(
      (await graphqlOk<{ reiApplication: App | null }>(url, OPS.get, { id }, tokenB))
        .reiApplication,
    ).toBeNull();
    const { reiApplications } = await graphqlOk<{
      reiApplications: { total: number; items: App[] };
    }>(url, OPS.list, { f: { ids: [id] } }, tokenB);
    expect(reiApplications).toEqual({ total: 0, items: [] });
    for (const [op, vars] of [
      [OPS.runChecks, { id }],
      [OPS.recordCheck, { id, c: 'BOATS', o: 'PASSED', n: 'x' }],
      [OPS.transition, { id, to: 'SUSPENDED', n: 'x' }],
      [OPS.outcome, { id, i: { outcome: 'ACCEPTED', decidedOn: '2018-02-01' } }],
      [OPS.send, { ids: [id] }],
      [
        OPS.update,
        {
          id,
          i: {
            applicantId: a.family.subjectIds[0],
            householdId: a.family.householdId,
            submittedAt: '2018-01-10',
          },
          v: a.application.version,
        },
      ],
      ['mutation P($id: ID!) { saveReiProject(applicationId: $id, input: {}) { id } }', { id }],
    ] as const) {
      expect(errorCode(await graphql(url, op, vars, tokenB))).toBe('NOT_FOUND');
    }
    expect(
      (await graphqlOk<{ reiApplication: App }>(url, OPS.get, { id }, tokenA)).reiApplication,
    ).toMatchObject({ status: 'CHECKS_PASSED', version: a.application.version });
  });

  it('keeps projects, exports and SIUSS extractions within the tenant', async () => {
    const sent = await applicationIn(url, tokenA, { until: 'ACCEPTED' });
    const exportId = (
      await graphqlOk<{ reiApplication: App }>(
        url,
        `query G($id: ID!) { reiApplication(id: $id) { inpsExport { id } } }`,
        { id: sent.application.id },
        tokenA,
      )
    ).reiApplication.inpsExport.id;
    await graphqlOk(
      url,
      `mutation P($id: ID!, $i: ReiProjectInput!) { saveReiProject(applicationId: $id, input: $i) { id } }`,
      {
        id: sent.application.id,
        i: {
          preliminaryAssessmentOn: '2018-01-20',
          goals: [{ area: 'CIVIC', description: 'Obiettivo' }],
          interventions: [
            {
              code: 'CONTRIBUTO_ECONOMICO',
              economic: true,
              siussServiceCode: 'A1.04',
              amount: '100.00',
              paymentDate: '2018-03-01',
            },
          ],
        },
      },
      tokenA,
    );
    await openTestCase(url, tenantAId, sent.family.subjectIds[0]!);
    await graphqlOk(
      url,
      `mutation S($id: ID!) { signReiProject(applicationId: $id, signedAt: "2018-01-25") { id } }`,
      { id: sent.application.id },
      tokenA,
    );
    const id = sent.application.id;
    const asB = async (query: string, variables: Record<string, unknown>) =>
      graphql<Record<string, unknown>>(url, query, variables, tokenB);
    expect(
      (await asB(`query R($id: ID!) { reiProject(applicationId: $id) { id } }`, { id })).data,
    ).toEqual({ reiProject: null });
    expect(
      (await asB(`query E($id: ID!) { inpsExport(id: $id) { id } }`, { id: exportId })).data,
    ).toEqual({ inpsExport: null });
    expect(
      errorCode(
        await asB(
          `mutation S($id: ID!) { signReiProject(applicationId: $id, signedAt: "2018-01-26") { id } }`,
          { id },
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      errorCode(
        await asB(
          `mutation L($id: ID!) { logReiCommunication(applicationId: $id, input: { kind: REPORT, on: "2018-02-01", subject: "x" }) { id } }`,
          { id },
        ),
      ),
    ).toBe('NOT_FOUND');
    const granted = `{ reiGrantedInterventions(from: "2018-01-01", to: "2018-12-31") { applicationId } }`;
    expect((await asB(granted, {})).data).toEqual({ reiGrantedInterventions: [] });
    const mine = (await graphqlOk<{ reiGrantedInterventions: App[] }>(url, granted, {}, tokenA))
      .reiGrantedInterventions;
    expect(mine.map((g) => g.applicationId)).toContain(id);
    const download = await fetch(`${platform.gatewayUrl}/files/rei/exports/${exportId}`, {
      headers: { authorization: `Bearer ${tokenB}` },
    });
    expect(download.status).toBe(404);
  });

  it('keeps the registry’s households of another tenant out of reach', async () => {
    const refused = await graphql(
      url,
      OPS.create,
      {
        i: {
          applicantId: a.family.subjectIds[0],
          householdId: a.family.householdId,
          submittedAt: '2018-01-10',
        },
      },
      tokenB,
    );
    expect(refused.errors![0]!.extensions!.fieldErrors).toContainEqual({
      field: 'input.householdId',
      message: 'Nucleo familiare non trovato',
    });
  });

  it('asks for rei scopes and roles', async () => {
    const tenant = await createTestTenant('Comune C');
    const reader = await clientToken(tenant.id, ['rei:read']);
    expect(errorCode(await graphql(url, OPS.list, {}, reader))).toBeUndefined();
    expect(
      errorCode(
        await graphql(
          url,
          OPS.transition,
          { id: a.application.id, to: 'SUSPENDED', n: 'x' },
          reader,
        ),
      ),
    ).toBe('FORBIDDEN');
    expect(
      errorCode(await graphql(url, OPS.list, {}, await clientToken(tenant.id, ['registry:read']))),
    ).toBe('FORBIDDEN');
    expect(errorCode(await graphql(url, OPS.list, {}))).toBe('UNAUTHENTICATED');
  });

  it('filters lists by status, overdue, protocol, applicant, household, dates, text and ids', async () => {
    const tenant = await createTestTenant('Comune elenchi');
    const token = await userToken(tenant.id, ['CASEWORKER']);
    const draft = await applicationIn(url, token, { submittedAt: '2018-03-01' });
    const passed = await applicationIn(url, token, {
      until: 'CHECKS_PASSED',
      submittedAt: '2018-04-01',
    });
    const fresh = await applicationIn(url, token, {
      submittedAt: new Date().toISOString().slice(0, 10),
    });
    const list = async (f: Record<string, unknown>, sort?: Record<string, unknown>) =>
      (
        await graphqlOk<{ reiApplications: { total: number; items: App[] } }>(
          url,
          OPS.list,
          { f, s: sort },
          token,
        )
      ).reiApplications;
    const ids = (page: { items: App[] }) => page.items.map((i) => i.id);

    expect(ids(await list({}))).toEqual([
      fresh.application.id,
      passed.application.id,
      draft.application.id,
    ]);
    expect(ids(await list({}, { field: 'SUBMITTED_AT', order: 'ASC' }))).toEqual([
      draft.application.id,
      passed.application.id,
      fresh.application.id,
    ]);
    expect(ids(await list({ status: 'CHECKS_PASSED' }))).toEqual([passed.application.id]);
    expect(ids(await list({ statusIn: ['DRAFT'] }))).toEqual([
      fresh.application.id,
      draft.application.id,
    ]);
    expect(ids(await list({ overdue: true }))).toEqual([
      passed.application.id,
      draft.application.id,
    ]);
    expect(ids(await list({ overdue: false }))).toEqual([fresh.application.id]);
    expect(
      ids(await list({ protocolNumber: passed.application.protocolNumber.toLowerCase() })),
    ).toEqual([passed.application.id]);
    expect(ids(await list({ applicantId: draft.family.subjectIds[0] }))).toEqual([
      draft.application.id,
    ]);
    expect(ids(await list({ householdId: passed.family.householdId }))).toEqual([
      passed.application.id,
    ]);
    expect(ids(await list({ submittedFrom: '2018-03-15', submittedTo: '2018-12-31' }))).toEqual([
      passed.application.id,
    ]);
    expect(
      ids(await list({ q: passed.application.applicantFiscalCode.slice(0, 6).toLowerCase() })),
    ).toContain(passed.application.id);
    expect(ids(await list({ ids: [draft.application.id, passed.application.id] }))).toEqual([
      passed.application.id,
      draft.application.id,
    ]);
    // Today's application takes the newest set (REI-2020 has no end).
    expect((await list({ rulesVersion: 'REI-2018' })).total).toBe(2);
    expect(ids(await list({ rulesVersion: 'REI-2020' }))).toEqual([fresh.application.id]);
    const page = async (p: number) =>
      (
        await graphqlOk<{ reiApplications: { total: number; items: App[] } }>(
          url,
          OPS.list,
          { p, pp: 2 },
          token,
        )
      ).reiApplications;
    expect(await page(2)).toEqual({
      total: 3,
      items: [expect.objectContaining({ id: draft.application.id })],
    });
    expect(await page(5)).toEqual({ total: 3, items: [] });

    const sorted = await graphql(url, OPS.list, { s: { field: 'custom_fields' } }, token);
    expect(errorCode(sorted)).toBe('BAD_USER_INPUT');
    expect(sorted.errors![0]!.extensions!.fieldErrors![0]!.field).toBe('s.field');
    expect(sorted.errors![0]!.message).toContain('ReiApplicationSortField');
    const customUnknown = await graphql(url, OPS.list, { f: { customFields: { nope: 1 } } }, token);
    expect(customUnknown.errors![0]!.extensions!.fieldErrors).toEqual([
      { field: 'filter.customFields', message: 'Campi non previsti: nope' },
    ]);
  });
});
