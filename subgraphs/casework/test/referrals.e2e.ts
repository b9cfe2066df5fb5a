import {
  apiAs,
  clientToken,
  createTestTenant,
  errorCode,
  issueToken,
  startTestPlatform,
  testDatabase,
  userToken,
  withClient,
  type Api,
  type TestPlatform,
} from '@sisa/testing';

const REFERRAL = `id receivedAt source urgency subject { id } personDescription description status triageNote triagedAt createdBy`;
const CREATE = `mutation C($i: ReferralInput!) { createReferral(input: $i) { ${REFERRAL} } }`;
const GET = `query G($id: ID!) { referral(id: $id) { ${REFERRAL} } }`;
const LIST = `query L($f: ReferralFilter, $s: ReferralSort, $p: Int, $pp: Int) {
  referrals(filter: $f, sort: $s, page: $p, perPage: $pp) { total items { id urgency status } }
}`;
const TRIAGE = `mutation T($id: ID!, $d: TriageDecision!, $n: String) { triageReferral(id: $id, decision: $d, note: $n) { ${REFERRAL} } }`;
const START = `mutation S($id: ID!) { startReferralTriage(id: $id) { id status } }`;
const LINK = `mutation K($id: ID!, $s: ID!) { linkReferralSubject(id: $id, subjectId: $s) { id subject { id } } }`;

type Referral = {
  id: string;
  urgency: string;
  status: string;
  source: string;
  description: string;
  personDescription: string | null;
  subject: { id: string } | null;
  triageNote: string | null;
  createdBy: string;
};

const schoolReport = (over: Record<string, unknown> = {}) => ({
  source: 'SCUOLA',
  urgency: 'HIGH',
  personDescription: 'Alunno di 9 anni, classe IV',
  description: 'Assenze ripetute, il bambino resta solo a casa di sera.',
  ...over,
});

function fieldsOf(result: { errors?: { extensions?: Record<string, unknown> }[] }): string[] {
  const errors = (result.errors?.[0]?.extensions?.fieldErrors ?? []) as { field: string }[];
  return errors.map((e) => e.field);
}

describe('Cartella sociale: segnalazioni', () => {
  let platform: TestPlatform;
  let caseworker: Api;
  let supervisor: Api;
  let admin: Api;
  let viewer: Api;
  let school: Api;
  let otherSchool: Api;
  let reader: Api;
  let otherTenant: Api;
  let tenantA: string;
  let subjectId: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'casework']);
    const url = platform.graphqlUrl;
    tenantA = (await createTestTenant('Comune A segnalazioni')).id;
    const tenantB = (await createTestTenant('Comune B segnalazioni')).id;
    caseworker = apiAs(url, await userToken(tenantA, ['CASEWORKER']));
    supervisor = apiAs(url, await issueToken({ tenantId: tenantA, roles: ['CASE_SUPERVISOR'] }));
    admin = apiAs(url, await userToken(tenantA, ['TENANT_ADMIN']));
    viewer = apiAs(url, await userToken(tenantA, ['VIEWER']));
    school = apiAs(url, await clientToken(tenantA, ['casework:referrals']));
    otherSchool = apiAs(url, await clientToken(tenantA, ['casework:referrals']));
    reader = apiAs(url, await clientToken(tenantA, ['registry:read', 'casework:read']));
    otherTenant = apiAs(url, await userToken(tenantB, ['CASEWORKER']));
    const { createSubject } = await caseworker.ok<{ createSubject: { id: string } }>(
      `mutation C($i: SubjectInput!) { createSubject(input: $i) { id } }`,
      {
        i: {
          fiscalCode: 'RSSMRA80A01F205X',
          firstName: 'Mario',
          lastName: 'Rossi',
          sex: 'M',
          birthDate: '1980-01-01',
          birthPlaceCode: 'F205',
          citizenshipCode: '380',
        },
      },
    );
    subjectId = createSubject.id;
  }, 120_000);
  afterAll(() => platform?.close());

  it('takes a school’s report through its API client and keeps the client to its own', async () => {
    const { createReferral } = await school.ok<{ createReferral: Referral }>(CREATE, {
      i: schoolReport(),
    });
    expect(createReferral).toMatchObject({ status: 'RECEIVED', urgency: 'HIGH', subject: null });
    // The school follows its referral; another client with the same scope does not see it.
    expect(
      (await school.ok<{ referral: Referral }>(GET, { id: createReferral.id })).referral.status,
    ).toBe('RECEIVED');
    expect(
      (await otherSchool.ok<{ referral: Referral | null }>(GET, { id: createReferral.id }))
        .referral,
    ).toBeNull();
    const own = await otherSchool.ok<{ referrals: { total: number } }>(LIST, {
      f: { ids: [createReferral.id] },
    });
    expect(own.referrals.total).toBe(0);
    // A client names the person, it does not pick registry ids; and it never triages.
    const withId = await school.call(CREATE, { i: schoolReport({ subjectId }) });
    expect(errorCode(withId)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(withId)).toEqual(['input.subjectId']);
    expect(
      errorCode(await school.call(TRIAGE, { id: createReferral.id, d: 'NOT_ACCEPT', n: 'x' })),
    ).toBe('FORBIDDEN');
    // casework:read reads case metadata, not referrals; no scope, no referral.
    expect(errorCode(await reader.call(CREATE, { i: schoolReport() }))).toBe('FORBIDDEN');
    expect(errorCode(await reader.call(LIST))).toBe('FORBIDDEN');
  });

  it('refuses a bad referral with every field error, in Italian, and stores nothing', async () => {
    const before = (await supervisor.ok<{ referrals: { total: number } }>(LIST)).referrals.total;
    const result = await caseworker.call(CREATE, {
      i: {
        source: 'PIZZERIA',
        urgency: 'LOW',
        description: '   ',
        receivedAt: new Date(Date.now() + 86_400_000).toISOString(),
      },
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result).sort()).toEqual(
      ['input.description', 'input.personDescription', 'input.receivedAt', 'input.source'].sort(),
    );
    expect(JSON.stringify(result.errors)).toContain('Fonte della segnalazione sconosciuta');
    const tooLong = await caseworker.call(CREATE, {
      i: schoolReport({ description: 'x'.repeat(10_001) }),
    });
    expect(fieldsOf(tooLong)).toEqual(['input.description']);
    const foreign = await caseworker.call(CREATE, {
      i: schoolReport({ subjectId: '00000000-0000-4000-8000-000000000000' }),
    });
    expect(fieldsOf(foreign)).toEqual(['input.subjectId']);
    expect((await supervisor.ok<{ referrals: { total: number } }>(LIST)).referrals.total).toBe(
      before,
    );
  });

  it('orders the inbox by urgency, then age, and filters it', async () => {
    const day = (n: number) => new Date(Date.UTC(2026, 10, n, 9)).toISOString();
    const make = async (urgency: string, n: number) =>
      (
        await caseworker.ok<{ createReferral: Referral }>(CREATE, {
          i: schoolReport({ urgency, receivedAt: day(n), source: 'OSPEDALE' }),
        })
      ).createReferral.id;
    const low = await make('LOW', 1);
    const urgentNew = await make('URGENT', 20);
    const urgentOld = await make('URGENT', 10);
    const medium = await make('MEDIUM', 2);
    const inbox = await supervisor.ok<{ referrals: { items: Referral[] } }>(LIST, {
      f: { source: 'OSPEDALE' },
    });
    expect(inbox.referrals.items.map((r) => r.id)).toEqual([urgentOld, urgentNew, medium, low]);
    const byUrgency = await caseworker.ok<{ referrals: { items: Referral[] } }>(LIST, {
      f: { source: 'OSPEDALE', urgency: 'URGENT' },
      s: { field: 'RECEIVED_AT', order: 'DESC' },
    });
    expect(byUrgency.referrals.items.map((r) => r.id)).toEqual([urgentNew, urgentOld]);
    const range = await caseworker.ok<{ referrals: { items: Referral[] } }>(LIST, {
      f: { source: 'OSPEDALE', receivedFrom: day(2), receivedTo: day(10) },
    });
    expect(range.referrals.items.map((r) => r.id)).toEqual([urgentOld, medium]);
    expect(errorCode(await caseworker.call(LIST, { pp: 201 }))).toBe('BAD_USER_INPUT');
  });

  it('triages: links the person, accepts only with the person, refuses without a note', async () => {
    const { createReferral } = await caseworker.ok<{ createReferral: Referral }>(CREATE, {
      i: schoolReport(),
    });
    const id = createReferral.id;
    await caseworker.ok(START, { id });
    const accept = await caseworker.call(TRIAGE, { id, d: 'ACCEPT' });
    expect(fieldsOf(accept)).toEqual(['decision']);
    const linked = await caseworker.ok<{ linkReferralSubject: Referral }>(LINK, {
      id,
      s: subjectId,
    });
    expect(linked.linkReferralSubject.subject).toEqual({ id: subjectId });
    const { triageReferral } = await supervisor.ok<{ triageReferral: Referral }>(TRIAGE, {
      id,
      d: 'ACCEPT',
      n: 'Presa in carico dall’area minori',
    });
    expect(triageReferral).toMatchObject({
      status: 'ACCEPTED',
      triageNote: 'Presa in carico dall’area minori',
    });
    // Decided once: neither a second decision nor a new link.
    expect(
      fieldsOf(await caseworker.call(TRIAGE, { id, d: 'NOT_ACCEPT', n: 'ripensamento' })),
    ).toEqual(['decision']);
    expect(errorCode(await caseworker.call(LINK, { id, s: subjectId }))).toBe('BAD_USER_INPUT');

    const other = (await caseworker.ok<{ createReferral: Referral }>(CREATE, { i: schoolReport() }))
      .createReferral.id;
    expect(fieldsOf(await caseworker.call(TRIAGE, { id: other, d: 'NOT_ACCEPT' }))).toEqual([
      'note',
    ]);
    const refused = await caseworker.ok<{ triageReferral: Referral }>(TRIAGE, {
      id: other,
      d: 'NOT_ACCEPT',
      n: 'Competenza del servizio sanitario',
    });
    expect(refused.triageReferral.status).toBe('NOT_ACCEPTED');
  });

  it('shows referrals to caseworkers and supervisors only: not to administrators or viewers', async () => {
    const { createReferral } = await caseworker.ok<{ createReferral: Referral }>(CREATE, {
      i: schoolReport(),
    });
    for (const who of [admin, viewer]) {
      expect(errorCode(await who.call(GET, { id: createReferral.id }))).toBe('FORBIDDEN');
      expect(errorCode(await who.call(LIST))).toBe('FORBIDDEN');
      expect(errorCode(await who.call(CREATE, { i: schoolReport() }))).toBe('FORBIDDEN');
      expect(
        errorCode(await who.call(TRIAGE, { id: createReferral.id, d: 'NOT_ACCEPT', n: 'x' })),
      ).toBe('FORBIDDEN');
    }
  });

  it('never shows or changes another comune’s referral, through any operation', async () => {
    const { createReferral } = await caseworker.ok<{ createReferral: Referral }>(CREATE, {
      i: schoolReport(),
    });
    const id = createReferral.id;
    expect((await otherTenant.ok<{ referral: Referral | null }>(GET, { id })).referral).toBeNull();
    expect(
      (await otherTenant.ok<{ referrals: { total: number } }>(LIST, { f: { ids: [id] } })).referrals
        .total,
    ).toBe(0);
    for (const [op, vars] of [
      [START, { id }],
      [TRIAGE, { id, d: 'NOT_ACCEPT', n: 'x' }],
      [LINK, { id, s: subjectId }],
    ] as const)
      expect(errorCode(await otherTenant.call(op, vars))).toBe('NOT_FOUND');
    // Nor does a subject of comune A become linkable from comune B.
    const { createReferral: theirs } = await otherTenant.ok<{ createReferral: Referral }>(CREATE, {
      i: schoolReport(),
    });
    expect(fieldsOf(await otherTenant.call(LINK, { id: theirs.id, s: subjectId }))).toEqual([
      'subjectId',
    ]);
    expect((await caseworker.ok<{ referral: Referral }>(GET, { id })).referral.status).toBe(
      'RECEIVED',
    );
  });

  it('audits every read of a referral, and row-level security keeps the table to its tenant', async () => {
    const { createReferral } = await caseworker.ok<{ createReferral: Referral }>(CREATE, {
      i: schoolReport(),
    });
    await supervisor.ok(GET, { id: createReferral.id });
    const log = await admin.ok<{
      caseworkReadAuditLog: { items: { rootFields: string[]; specialFields: string[] }[] };
    }>(`{ caseworkReadAuditLog(perPage: 5) { items { rootFields specialFields } } }`);
    expect(log.caseworkReadAuditLog.items[0]).toEqual({
      rootFields: ['referral'],
      specialFields: ['Referral.description', 'Referral.personDescription', 'Referral.triageNote'],
    });
    // The service's own connection, with no tenant bound, reads no referral and writes none.
    await withClient(testDatabase().serviceUrls.casework!, async (client) => {
      expect(
        (await client.query('select count(*)::int as n from casework.referral')).rows[0].n,
      ).toBe(0);
      await client.query("select set_config('app.tenant_id', $1, false)", [tenantA]);
      expect(
        (await client.query('select count(*)::int as n from casework.referral')).rows[0].n,
      ).toBeGreaterThan(0);
      await expect(
        client.query(
          `insert into casework.referral (id, tenant_id, received_at, source, urgency, urgency_rank, person_description,
             description, status, created_at, created_by, created_by_kind, created_by_id)
           values (gen_random_uuid(), gen_random_uuid(), now(), 'SCUOLA', 'LOW', 3, 'x', 'x', 'RECEIVED', now(), 'x', 'user', 'x')`,
        ),
      ).rejects.toThrow(/row-level security/);
    });
  });
});
