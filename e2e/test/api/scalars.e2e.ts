import {
  createTestTenant,
  errorCode,
  graphql,
  graphqlOk,
  startTestPlatform,
  testDatabase,
  userToken,
  withClient,
  type GraphQLResult,
  type TestPlatform,
} from '@sisa/testing';

jest.setTimeout(60_000);

const CREATE_SUBJECT = `mutation C($i: SubjectInput!) { createSubject(input: $i) { id birthDate } }`;
const CREATE_HOUSEHOLD = `mutation H($i: HouseholdInput!) { createHousehold(input: $i) { id customFields } }`;
const UPDATE_HOUSEHOLD = `mutation U($id: ID!, $i: HouseholdUpdateInput!, $v: Int!) { updateHousehold(id: $id, input: $i, expectedVersion: $v) { id customFields } }`;
const HOUSEHOLD_VERSION = `query V($id: ID!) { household(id: $id) { version } }`;
const RECORD_ISEE = `mutation R($h: ID!, $i: IseeInput!) { recordIsee(householdId: $h, input: $i) { id isee } }`;
const ACCESS_LOG = `query A($f: SubjectAccessFilter) { subjectAccessLog(filter: $f) { total } }`;
const COUNT = `query { subjects { total } }`;
const CREATE_FIELD = `mutation F($i: FieldDefinitionInput!) { createFieldDefinition(input: $i) { id } }`;
const HOUSEHOLD = `query H($id: ID!) { household(id: $id) { customFields } }`;
const PREVIEW = `query P($i: IndicatorInput!) { indicatorPreview(input: $i) {
  value decimalValue error groups { key value decimalValue } } }`;

/** Giulia Rossi, born in Rome on 1 February 1980: a valid subject whose fields the tests vary. */
const SUBJECT = {
  fiscalCode: 'RSSGLI80B41H501V',
  firstName: 'Giulia',
  lastName: 'Rossi',
  sex: 'F',
  birthDate: '1980-02-01',
  birthPlaceCode: 'H501',
  citizenshipCode: '380',
};

function iseeInput(over: Record<string, unknown> = {}) {
  const year = new Date().getUTCFullYear();
  return {
    dsuProtocol: `INPS-ISEE-${year}-00000001A-00`,
    dsuDate: new Date(Date.now() - 86_400_000).toISOString().slice(0, 10),
    kind: 'ORDINARY',
    validUntil: `${year + 1}-12-31`,
    isee: '4500.00',
    isr: '7000.00',
    isre: '3431.37',
    equivalenceScale: '2.04',
    realEstateAssets: '0.00',
    movableAssets: '1500.00',
    householdSize: 3,
    ...over,
  };
}

/** The field errors of a refusal, after checking it is the gateway's clean BAD_USER_INPUT. */
function refusal(result: GraphQLResult<unknown>): { field: string; message: string }[] {
  expect(result.status).toBe(400);
  expect(errorCode(result)).toBe('BAD_USER_INPUT');
  expect(result.data ?? null).toBeNull();
  const extensions = result.errors?.[0]?.extensions ?? {};
  expect(Object.keys(extensions).sort()).toEqual(['code', 'fieldErrors']);
  expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|http:|stacktrace|400: Bad Request/);
  return extensions.fieldErrors ?? [];
}

/**
 * Dates, instants and decimals are checked by the gateway itself with the kernel's scalars,
 * in variables and in literals: a bad value is the caller's mistake (BAD_USER_INPUT, HTTP 400,
 * the path of each bad value), never a subgraph's HTTP answer forwarded as an internal error.
 */
describe('scalars through the gateway', () => {
  let platform: TestPlatform;
  let token: string;
  let url: string;
  let householdId: string;
  const call = (query: string, variables: Record<string, unknown> = {}) =>
    graphql(url, query, variables, token);
  const householdVersion = async () =>
    (
      await graphqlOk<{ household: { version: number } }>(
        url,
        HOUSEHOLD_VERSION,
        { id: householdId },
        token,
      )
    ).household.version;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry']);
    url = platform.graphqlUrl;
    const tenant = await createTestTenant('Comune Scalari');
    token = await userToken(tenant.id, ['CASEWORKER', 'TENANT_ADMIN']);
    const { createSubject } = await graphqlOk<{ createSubject: { id: string } }>(
      url,
      CREATE_SUBJECT,
      { i: SUBJECT },
      token,
    );
    const { createHousehold } = await graphqlOk<{ createHousehold: { id: string } }>(
      url,
      CREATE_HOUSEHOLD,
      { i: { members: [{ subjectId: createSubject.id, relationship: '1' }] } },
      token,
    );
    householdId = createHousehold.id;
    await graphqlOk(
      url,
      CREATE_FIELD,
      {
        i: { entity: 'HOUSEHOLD', key: 'rent', label: 'Affitto mensile', type: 'DECIMAL', min: 0 },
      },
      token,
    );
  });
  afterAll(() => platform.close());

  it.each(['2018-02-30', 'ieri', '01/02/1980', '1980-2-1'])(
    'refuses the Date %s in a variable, naming its path',
    async (bad) => {
      const errors = refusal(await call(CREATE_SUBJECT, { i: { ...SUBJECT, birthDate: bad } }));
      expect(errors).toEqual([
        { field: 'i.birthDate', message: 'Data non valida: usare il formato AAAA-MM-GG' },
      ]);
    },
  );

  it('refuses bad literals, naming the argument path', async () => {
    const subject = (birthDate: string) =>
      `mutation { createSubject(input: { fiscalCode: "RSSGLI80B41H501V", firstName: "Giulia",
        lastName: "Rossi", sex: F, birthDate: ${birthDate}, birthPlaceCode: "H501",
        citizenshipCode: "380" }) { id } }`;
    expect(refusal(await call(subject('"ieri"')))).toEqual([
      { field: 'input.birthDate', message: 'Data non valida: usare il formato AAAA-MM-GG' },
    ]);
    const two = refusal(
      await call(`query { a: subjectAccessLog(filter: { from: "08/12/2026" }) { total }
        ...F } fragment F on Query { b: subjectAccessLog(filter: { to: "2026-12-08" }) { total } }`),
    );
    expect(two.map((e) => e.field)).toEqual(['filter.from', 'filter.to']);
    expect(
      refusal(
        await call(`mutation { recordIsee(householdId: "${householdId}", input: {
        dsuProtocol: "X", dsuDate: "2026-01-01", kind: ORDINARY, validUntil: "2026-12-31",
        isee: 187.50, isr: "3.000,00", isre: "1", equivalenceScale: "1", realEstateAssets: "0",
        movableAssets: "0", householdSize: 1 }) { id } }`),
      ),
    ).toEqual([
      { field: 'input.isee', message: expect.stringMatching(/come stringa/) },
      { field: 'input.isr', message: expect.stringMatching(/punto come separatore/) },
    ]);
  });

  it('refuses decimals with a comma, thousands separators, three decimals or as JSON numbers', async () => {
    for (const [bad, pattern] of [
      ['3.000,00', /punto come separatore/],
      ['1,5', /punto come separatore/],
      ['187.505', /2 decimali/],
      [187.5, /inviare il numero come stringa/],
    ] as const) {
      const errors = refusal(
        await call(RECORD_ISEE, { h: householdId, i: iseeInput({ isee: bad }) }),
      );
      expect(errors).toEqual([{ field: 'i.isee', message: expect.stringMatching(pattern) }]);
    }
    const { recordIsee } = await graphqlOk<{ recordIsee: { isee: string } }>(
      url,
      RECORD_ISEE,
      { h: householdId, i: iseeInput({ isee: '187.50' }) },
      token,
    );
    expect(recordIsee.isee).toBe('187.50');
  });

  it('accepts RFC 3339 instants with an offset only', async () => {
    for (const bad of ['08/12/2026', '2026-12-08', '2026-12-08T10:00:00', '2026-12-08 10:00Z']) {
      const errors = refusal(await call(ACCESS_LOG, { f: { from: bad } }));
      expect(errors).toEqual([{ field: 'f.from', message: expect.stringMatching(/RFC 3339/) }]);
    }
    for (const good of ['2026-12-08T10:00:00Z', '2026-12-08T11:00:00.5+01:00']) {
      const result = await call(ACCESS_LOG, { f: { from: good, to: '2026-12-09T00:00:00-05:00' } });
      expect(result.errors).toBeUndefined();
    }
  });

  it('runs nothing of an operation with a bad value, not even the fields before it', async () => {
    const before = (await graphqlOk<{ subjects: { total: number } }>(url, COUNT, {}, token))
      .subjects.total;
    const result = await call(
      `mutation M($s: SubjectInput!, $h: ID!, $i: IseeInput!) {
        createSubject(input: $s) { id } recordIsee(householdId: $h, input: $i) { id } }`,
      {
        s: {
          ...SUBJECT,
          fiscalCode: 'BNCMRA80A01H501A',
          firstName: 'Mario',
          sex: 'M',
          lastName: 'Bianchi',
          birthDate: '1980-01-01',
        },
        h: householdId,
        i: iseeInput({ isee: '4.500,00' }),
      },
    );
    expect(refusal(result).map((e) => e.field)).toEqual(['i.isee']);
    const after = (await graphqlOk<{ subjects: { total: number } }>(url, COUNT, {}, token)).subjects
      .total;
    expect(after).toBe(before);
  });

  it('is refused by a subgraph reached directly too, with the same scalars', async () => {
    const direct = await graphql(
      `${platform.subgraphUrls.registry}/graphql`,
      CREATE_SUBJECT,
      { i: { ...SUBJECT, birthDate: '2018-02-30' } },
      token,
    );
    expect(direct.status).toBe(400);
    expect(errorCode(direct)).toBe('BAD_USER_INPUT');
    expect(direct.errors?.[0]?.message).toMatch(/Data non valida/);
    const number = await graphql(
      `${platform.subgraphUrls.registry}/graphql`,
      RECORD_ISEE,
      { h: householdId, i: iseeInput({ isee: 4500 }) },
      token,
    );
    expect(number.status).toBe(400);
    expect(number.errors?.[0]?.message).toMatch(/come stringa/);
  });

  it('keeps a custom DECIMAL value as the exact string it was written as', async () => {
    const { updateHousehold } = await graphqlOk<{ updateHousehold: { customFields: object } }>(
      url,
      UPDATE_HOUSEHOLD,
      { id: householdId, i: { customFields: { rent: '187.50' } }, v: await householdVersion() },
      token,
    );
    expect(updateHousehold.customFields).toEqual({ rent: '187.50' });
    const { household } = await graphqlOk<{ household: { customFields: object } }>(
      url,
      HOUSEHOLD,
      { id: householdId },
      token,
    );
    expect(household.customFields).toEqual({ rent: '187.50' });
    const comma = await call(UPDATE_HOUSEHOLD, {
      id: householdId,
      i: { customFields: { rent: '187,50' } },
      v: await householdVersion(),
    });
    expect(errorCode(comma)).toBe('BAD_USER_INPUT');
    expect(comma.errors?.[0]?.extensions?.fieldErrors).toEqual([
      { field: 'input.customFields.rent', message: expect.stringMatching(/punto come separatore/) },
    ]);
  });

  it('answers a custom DECIMAL stored as a number before as its decimal string', async () => {
    await withClient(testDatabase().ownerUrl, (client) =>
      client.query(
        `update registry.household set custom_fields = '{"rent": 187.5}'::jsonb where id = $1`,
        [householdId],
      ),
    );
    const { household } = await graphqlOk<{ household: { customFields: object } }>(
      url,
      HOUSEHOLD,
      { id: householdId },
      token,
    );
    expect(household.customFields).toEqual({ rent: '187.5' });
  });

  it('answers indicator amounts as exact decimal strings', async () => {
    await graphqlOk(
      url,
      UPDATE_HOUSEHOLD,
      { id: householdId, i: { customFields: { rent: '187.50' } }, v: await householdVersion() },
      token,
    );
    const indicator = (aggregate: string, groupBy?: string) =>
      graphqlOk<{ indicatorPreview: { decimalValue: string; groups: object[] } }>(
        url,
        PREVIEW,
        {
          i: {
            key: 'rent',
            label: 'Affitti',
            entity: 'HOUSEHOLD',
            aggregate,
            field: 'customFields.rent',
            ...(groupBy ? { groupBy } : {}),
          },
        },
        token,
      );
    expect((await indicator('SUM')).indicatorPreview).toEqual({
      value: 187.5,
      decimalValue: '187.50',
      error: null,
      groups: [],
    });
    expect((await indicator('AVG', 'hasMinors')).indicatorPreview.groups).toEqual([
      { key: 'false', value: 187.5, decimalValue: '187.50' },
    ]);
  });
});
