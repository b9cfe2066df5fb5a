import {
  createTestTenant,
  createTestUser,
  errorCode,
  graphql,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';

const CREATE_USER = `mutation C($i: UserInput!) { createUser(input: $i) { id roles } }`;
const UPDATE_USER = `mutation U($id: ID!, $i: UserUpdateInput!) { updateUser(id: $id, input: $i) { id fullName } }`;
const CREATE_CLIENT = `mutation A($i: ApiClientInput!) { createApiClient(input: $i) { client { id scopes } } }`;
const STRONG = 'Scogliera-Verde-Mattino-42';

const person = (roles: string[]) => ({
  username: `nuovo.${Math.random().toString(36).slice(2, 10)}`,
  fullName: 'Persona Nuova',
  roles,
  password: STRONG,
});

// A platform admin in a comune, without a support grant, administers it but cannot open a side
// door to its people's records: a user whose password it knows, or an API client with a records
// scope, would read them as well as a grant does.
describe('a platform admin without a support grant gets no side door to the records', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(['config']);
  }, 60_000);
  afterAll(() => platform?.close());

  const gql = (query: string, token: string, variables: Record<string, unknown>) =>
    graphql(platform.graphqlUrl, query, variables, token);

  it('creates only the first administrator of a comune', async () => {
    const tenant = await createTestTenant('Comune senza amministratore');
    const platformAdmin = await userToken(tenant.id, ['PLATFORM_ADMIN']);
    expect(errorCode(await gql(CREATE_USER, platformAdmin, { i: person(['CASEWORKER']) }))).toBe(
      'FORBIDDEN',
    );
    const first = await gql(CREATE_USER, platformAdmin, { i: person(['TENANT_ADMIN']) });
    expect(errorCode(first)).toBeUndefined();
    const second = await gql(CREATE_USER, platformAdmin, { i: person(['TENANT_ADMIN']) });
    expect(errorCode(second)).toBe('FORBIDDEN');
    expect(second.errors?.[0]?.message).toMatch(/accesso di assistenza/);
    // The comune's own admin creates anyone.
    const admin = await userToken(tenant.id, ['TENANT_ADMIN']);
    expect(errorCode(await gql(CREATE_USER, admin, { i: person(['CASEWORKER']) }))).toBeUndefined();
  });

  it('changes no password, no roles and reactivates nobody; a name it may change', async () => {
    const tenant = await createTestTenant('Comune con operatore');
    const caseworker = await createTestUser(tenant.id, ['CASEWORKER']);
    const platformAdmin = await userToken(tenant.id, ['PLATFORM_ADMIN']);
    for (const i of [{ password: STRONG }, { roles: ['TENANT_ADMIN'] }, { active: true }]) {
      expect(errorCode(await gql(UPDATE_USER, platformAdmin, { id: caseworker.id, i }))).toBe(
        'FORBIDDEN',
      );
    }
    const renamed = await gql(UPDATE_USER, platformAdmin, {
      id: caseworker.id,
      i: { fullName: 'Operatore Rinominato' },
    });
    expect(errorCode(renamed)).toBeUndefined();
    const admin = await userToken(tenant.id, ['TENANT_ADMIN']);
    expect(
      errorCode(await gql(UPDATE_USER, admin, { id: caseworker.id, i: { password: STRONG } })),
    ).toBeUndefined();
  });

  it('creates API clients with configuration scopes only', async () => {
    const tenant = await createTestTenant('Comune con client');
    const platformAdmin = await userToken(tenant.id, ['PLATFORM_ADMIN']);
    for (const scopes of [['registry:read'], ['config:read', 'siuss:write'], ['rei:read']]) {
      expect(
        errorCode(await gql(CREATE_CLIENT, platformAdmin, { i: { name: 'Scuola', scopes } })),
      ).toBe('FORBIDDEN');
    }
    const config = await gql(CREATE_CLIENT, platformAdmin, {
      i: { name: 'Cruscotto', scopes: ['config:read'] },
    });
    expect(errorCode(config)).toBeUndefined();
  });
});
