import {
  createTestTenant,
  createTestUser,
  errorCode,
  graphql,
  graphqlOk,
  startTestPlatform,
  testDatabase,
  userToken,
  withClient,
  type TestPlatform,
} from '@sisa/testing';

const LOGIN = `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt user { id username roles tenant { id code } } } }`;
const ME = `query { me { id username roles tenant { id name } } }`;

describe('identity through the gateway', () => {
  let platform: TestPlatform;
  let tenantA: Awaited<ReturnType<typeof createTestTenant>>;
  let tenantB: Awaited<ReturnType<typeof createTestTenant>>;

  beforeAll(async () => {
    platform = await startTestPlatform(['config']);
    tenantA = await createTestTenant('Comune A');
    tenantB = await createTestTenant('Comune B');
  });
  afterAll(() => platform.close());

  it('logs in and answers me with the user and tenant', async () => {
    const user = await createTestUser(tenantA.id, ['CASEWORKER']);
    const { login } = await graphqlOk<{
      login: {
        token: string;
        expiresAt: string;
        user: { username: string; tenant: { id: string } };
      };
    }>(platform.graphqlUrl, LOGIN, { u: user.username.toUpperCase(), p: user.password });
    expect(login.user.username).toBe(user.username);
    expect(login.user.tenant.id).toBe(tenantA.id);
    expect(new Date(login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const { me } = await graphqlOk<{
      me: { username: string; roles: string[]; tenant: { id: string } };
    }>(platform.graphqlUrl, ME, {}, login.token);
    expect(me).toMatchObject({
      username: user.username,
      roles: ['CASEWORKER'],
      tenant: { id: tenantA.id },
    });
  });

  it('refuses a wrong password with BAD_USER_INPUT and no token', async () => {
    const user = await createTestUser(tenantA.id, ['VIEWER']);
    const result = await graphql(platform.graphqlUrl, LOGIN, {
      u: user.username,
      p: 'sbagliata!!',
    });
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('Nome utente o password non corretti');
    expect(result.data).toBeNull();
    // The failure stands although login answered an error (it counts towards the account lock).
    const { rows } = await withClient(testDatabase().ownerUrl, (c) =>
      c.query<{ failed_logins: number }>(
        'select failed_logins from config.app_user where id = $1',
        [user.id],
      ),
    );
    expect(rows).toEqual([{ failed_logins: 1 }]);
  });

  it('refuses a sixth attempt from the same address after five failures, even with the right password', async () => {
    const user = await createTestUser(tenantA.id, ['VIEWER']);
    for (let i = 0; i < 5; i++)
      await graphql(platform.graphqlUrl, LOGIN, { u: user.username, p: `errata-${i}` });
    const result = await graphql(platform.graphqlUrl, LOGIN, {
      u: user.username,
      p: user.password,
    });
    expect(errorCode(result)).toBe('RATE_LIMITED');
    expect(result.errors?.[0]?.message).toMatch(/^Troppi tentativi di accesso: riprova tra/);
  }, 60_000);

  it('refuses common, repeated and guessable passwords with an Italian message', async () => {
    const token = await userToken(tenantA.id, ['TENANT_ADMIN']);
    for (const password of [
      'aaaaaaaaaaaa',
      'password123',
      'ciaociaociao',
      'qwertyuiop12',
      'Milano12345',
      'Giuseppe1980',
    ]) {
      const weak = await graphql(
        platform.graphqlUrl,
        'mutation C($i: UserInput!) { createUser(input: $i) { id } }',
        {
          i: {
            username: `debole.${Date.now()}`,
            fullName: 'Mario Rossi',
            roles: ['VIEWER'],
            password,
          },
        },
        token,
      );
      expect(errorCode(weak)).toBe('BAD_USER_INPUT');
      expect(weak.errors?.[0]?.extensions?.fieldErrors).toEqual([
        {
          field: 'input.password',
          message: expect.stringMatching(/^Password troppo facile da indovinare/),
        },
      ]);
    }
  });

  it('answers UNAUTHENTICATED without a token and 401 for a bad one', async () => {
    expect(errorCode(await graphql(platform.graphqlUrl, ME))).toBe('UNAUTHENTICATED');
    const bad = await graphql(platform.graphqlUrl, ME, {}, 'eyJhbGciOiJIUzI1NiJ9.e30.forged');
    expect(bad.status).toBe(401);
    expect(errorCode(bad)).toBe('UNAUTHENTICATED');
  });

  it('lets a platform admin switch tenant, and nobody else', async () => {
    const admin = await createTestUser(null, ['PLATFORM_ADMIN']);
    const { login } = await graphqlOk<{ login: { token: string; user: { tenant: null } } }>(
      platform.graphqlUrl,
      LOGIN,
      { u: admin.username, p: admin.password },
    );
    expect(login.user.tenant).toBeNull();
    const { tenants } = await graphqlOk<{ tenants: { id: string }[] }>(
      platform.graphqlUrl,
      '{ tenants { id } }',
      {},
      login.token,
    );
    expect(tenants.map((t) => t.id)).toEqual(expect.arrayContaining([tenantA.id, tenantB.id]));

    const { switchTenant } = await graphqlOk<{
      switchTenant: { token: string; user: { tenant: { id: string } } };
    }>(
      platform.graphqlUrl,
      'mutation S($t: ID!) { switchTenant(tenantId: $t) { token user { tenant { id } } } }',
      { t: tenantB.id },
      login.token,
    );
    expect(switchTenant.user.tenant.id).toBe(tenantB.id);
    const { me } = await graphqlOk<{ me: { tenant: { id: string } } }>(
      platform.graphqlUrl,
      ME,
      {},
      switchTenant.token,
    );
    expect(me.tenant.id).toBe(tenantB.id);

    const tenantAdmin = await userToken(tenantA.id, ['TENANT_ADMIN']);
    const refused = await graphql(
      platform.graphqlUrl,
      'mutation S($t: ID!) { switchTenant(tenantId: $t) { token } }',
      { t: tenantB.id },
      tenantAdmin,
    );
    expect(errorCode(refused)).toBe('FORBIDDEN');
  });

  it('shows a tenant admin only their own tenant and users', async () => {
    const adminA = await createTestUser(tenantA.id, ['TENANT_ADMIN']);
    const userB = await createTestUser(tenantB.id, ['CASEWORKER']);
    const { login } = await graphqlOk<{ login: { token: string } }>(platform.graphqlUrl, LOGIN, {
      u: adminA.username,
      p: adminA.password,
    });
    const { tenants } = await graphqlOk<{ tenants: { id: string }[] }>(
      platform.graphqlUrl,
      '{ tenants { id } }',
      {},
      login.token,
    );
    expect(tenants).toEqual([{ id: tenantA.id }]);
    const other = await graphqlOk<{ tenant: null }>(
      platform.graphqlUrl,
      'query T($id: ID!) { tenant(id: $id) { id } }',
      { id: tenantB.id },
      login.token,
    );
    expect(other.tenant).toBeNull();
    const { users } = await graphqlOk<{ users: { items: { id: string }[]; total: number } }>(
      platform.graphqlUrl,
      '{ users(perPage: 200) { items { id } total } }',
      {},
      login.token,
    );
    expect(users.items.map((u) => u.id)).toContain(adminA.id);
    expect(users.items.map((u) => u.id)).not.toContain(userB.id);
    const cross = await graphql(
      platform.graphqlUrl,
      'mutation U($id: ID!) { unlockUser(id: $id) { id } }',
      { id: userB.id },
      login.token,
    );
    expect(errorCode(cross)).toBe('NOT_FOUND');
  });

  it('manages users with validation in Italian', async () => {
    const token = await userToken(tenantA.id, ['TENANT_ADMIN']);
    const bad = await graphql(
      platform.graphqlUrl,
      'mutation C($i: UserInput!) { createUser(input: $i) { id } }',
      { i: { username: 'x', fullName: '', roles: ['PLATFORM_ADMIN'], password: 'corta' } },
      token,
    );
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    const fields = bad.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.field);
    expect(fields).toEqual(
      expect.arrayContaining(['input.username', 'input.fullName', 'input.roles', 'input.password']),
    );

    const username = `nuovo.${Date.now()}`;
    const { createUser } = await graphqlOk<{ createUser: { id: string; roles: string[] } }>(
      platform.graphqlUrl,
      'mutation C($i: UserInput!) { createUser(input: $i) { id roles } }',
      {
        i: {
          username,
          fullName: 'Anna Verdi',
          roles: ['CASEWORKER'],
          password: 'una-password-lunga',
        },
      },
      token,
    );
    expect(createUser.roles).toEqual(['CASEWORKER']);
    const login = await graphqlOk<{ login: { user: { id: string } } }>(platform.graphqlUrl, LOGIN, {
      u: username,
      p: 'una-password-lunga',
    });
    expect(login.login.user.id).toBe(createUser.id);
    const caseworker = await userToken(tenantA.id, ['CASEWORKER']);
    const forbidden = await graphql(platform.graphqlUrl, '{ users { total } }', {}, caseworker);
    expect(errorCode(forbidden)).toBe('FORBIDDEN');
  });
});
