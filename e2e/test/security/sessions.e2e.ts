import {
  createTestTenant,
  createTestUser,
  errorCode,
  graphql,
  graphqlOk,
  startTestPlatform,
  type GraphQLResult,
  type TestPlatform,
  type TestTenant,
  type TestUser,
} from '@sisa/testing';

const LOGIN = `mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { token expiresAt } }`;
const SWITCH = `mutation S($t: ID!) { switchTenant(tenantId: $t) { token expiresAt supportUntil } }`;
const USERS = `query { users { total } }`;
const UPDATE_USER = `mutation U($id: ID!, $i: UserUpdateInput!) { updateUser(id: $id, input: $i) { id active roles } }`;
const CREATE_USER = `mutation C($i: UserInput!) { createUser(input: $i) { id } }`;
const FIELDS = `query { fieldDefinitions { id } }`;
const SUBJECTS = `query { subjects { total } }`;
const REI = `query { reiApplications { total } }`;
const SIUSS = `query { socialBenefits { total } }`;
const GRANT = `mutation G($i: SupportGrantInput!) { grantSupport(input: $i) { id granteeUsername grantedBy reason validUntil active } }`;
const REVOKE_GRANT = `mutation R($id: ID!) { revokeSupportGrant(id: $id) { id active revokedAt revokedBy } }`;
const GRANTS = `query { supportGrants { total items { id granteeUsername active } } }`;
const AUDIT = `query { auditEvents(perPage: 100) { items { entity entityId action actor } } }`;

/** Retries `probe` until `done` holds, for at most `boundMs`; answers the last result and the time. */
async function until<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  boundMs = 3000,
): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  for (;;) {
    const value = await probe();
    const ms = Date.now() - start;
    if (done(value) || ms > boundMs) return { value, ms };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const code = (r: GraphQLResult<unknown>) => errorCode(r) ?? 'OK';

describe('sessions: changes reach tokens already issued; support grants for platform admins', () => {
  let platform: TestPlatform;
  let tenantA: TestTenant;
  let tenantB: TestTenant;
  let adminA: TestUser;
  let adminB: TestUser;
  let adminAToken: string;
  let adminBToken: string;

  const gql = (query: string, token: string, variables: Record<string, unknown> = {}) =>
    graphql(platform.graphqlUrl, query, variables, token);

  async function login(user: TestUser): Promise<string> {
    const { login } = await graphqlOk<{ login: { token: string } }>(platform.graphqlUrl, LOGIN, {
      u: user.username,
      p: user.password,
    });
    return login.token;
  }

  async function switchTo(token: string, tenantId: string) {
    const { switchTenant } = await graphqlOk<{
      switchTenant: { token: string; expiresAt: string; supportUntil: string | null };
    }>(platform.graphqlUrl, SWITCH, { t: tenantId }, token);
    return switchTenant;
  }

  /** The HTTP status of a file route (REI export, SIUSS rejects) for an id that does not exist. */
  async function fileStatus(path: string, token: string): Promise<number> {
    const response = await fetch(`${platform.gatewayUrl}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    await response.arrayBuffer();
    return response.status;
  }
  const REI_FILE = '/files/rei/exports/00000000-0000-4000-8000-000000000000';
  const SIUSS_FILE = '/files/siuss/imports/00000000-0000-4000-8000-000000000000/rejects.csv';

  beforeAll(async () => {
    platform = await startTestPlatform();
    tenantA = await createTestTenant('Comune A');
    tenantB = await createTestTenant('Comune B');
    adminA = await createTestUser(tenantA.id, ['TENANT_ADMIN']);
    adminB = await createTestUser(tenantB.id, ['TENANT_ADMIN']);
    adminAToken = await login(adminA);
    adminBToken = await login(adminB);
  }, 60_000);
  afterAll(() => platform.close());

  const userInput = (user: TestUser, roles: string[], active = true) => ({
    username: user.username,
    fullName: 'Utente di Prova',
    roles,
    active,
  });

  it('a deactivated and demoted admin is refused at once everywhere, files included', async () => {
    const victim = await createTestUser(tenantA.id, ['TENANT_ADMIN']);
    const token = await login(victim);
    // Warm every process's cache first: the change must reach answers already cached.
    expect(code(await gql(USERS, token))).toBe('OK');
    expect(code(await gql(SUBJECTS, token))).toBe('OK');
    expect(await fileStatus(REI_FILE, token)).toBe(404);

    await graphqlOk(
      platform.graphqlUrl,
      UPDATE_USER,
      { id: victim.id, i: userInput(victim, ['VIEWER'], false) },
      adminAToken,
    );
    const { value, ms } = await until(
      () => gql(USERS, token),
      (r) => code(r) !== 'OK',
    );
    expect(code(value)).toBe('UNAUTHENTICATED');
    expect(ms).toBeLessThan(1000);
    const intruder = {
      username: `intruso.${Date.now()}`,
      fullName: 'Intruso',
      roles: ['TENANT_ADMIN'],
      password: 'una-password-lunga-1',
    };
    expect(code(await gql(CREATE_USER, token, { i: intruder }))).toBe('UNAUTHENTICATED');
    expect(code(await gql(SUBJECTS, token))).toBe('UNAUTHENTICATED');
    expect(code(await gql(REI, token))).toBe('UNAUTHENTICATED');
    expect(await fileStatus(REI_FILE, token)).toBe(401);
    expect(await fileStatus(SIUSS_FILE, token)).toBe(401);
  });

  it('a demoted admin keeps working with the new rights only', async () => {
    const victim = await createTestUser(tenantA.id, ['TENANT_ADMIN']);
    const token = await login(victim);
    expect(code(await gql(USERS, token))).toBe('OK');
    await graphqlOk(
      platform.graphqlUrl,
      UPDATE_USER,
      { id: victim.id, i: userInput(victim, ['VIEWER']) },
      adminAToken,
    );
    const { value, ms } = await until(
      () => gql(USERS, token),
      (r) => code(r) !== 'OK',
    );
    expect(code(value)).toBe('FORBIDDEN');
    expect(ms).toBeLessThan(1000);
    const intruder = {
      username: `intruso.${Date.now()}`,
      fullName: 'Intruso',
      roles: ['TENANT_ADMIN'],
      password: 'una-password-lunga-1',
    };
    expect(code(await gql(CREATE_USER, token, { i: intruder }))).toBe('FORBIDDEN');
    expect(code(await gql(SUBJECTS, token))).toBe('OK');
  });

  it('logout ends the token; a password change ends the other sessions', async () => {
    const user = await createTestUser(tenantA.id, ['CASEWORKER']);
    const first = await login(user);
    const second = await login(user);
    expect(code(await gql(SUBJECTS, first))).toBe('OK');
    expect(
      (await graphqlOk<{ logout: boolean }>(platform.graphqlUrl, 'mutation { logout }', {}, first))
        .logout,
    ).toBe(true);
    expect(code(await gql(SUBJECTS, first))).toBe('UNAUTHENTICATED');
    expect(code(await gql(SUBJECTS, second))).toBe('OK');

    const third = await login(user);
    expect(code(await gql(SUBJECTS, third))).toBe('OK');
    const CHANGE = `mutation P($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) { token } }`;
    const wrong = await gql(CHANGE, second, { c: 'non-la-mia', n: 'nuova-password-lunga-1' });
    expect(code(wrong)).toBe('BAD_USER_INPUT');
    expect(code(await gql(SUBJECTS, second))).toBe('OK');
    const { changePassword } = await graphqlOk<{ changePassword: { token: string } }>(
      platform.graphqlUrl,
      CHANGE,
      { c: user.password, n: 'nuova-password-lunga-1' },
      second,
    );
    expect(code(await gql(SUBJECTS, second))).toBe('UNAUTHENTICATED');
    expect(code(await gql(SUBJECTS, third))).toBe('UNAUTHENTICATED');
    expect(code(await gql(SUBJECTS, changePassword.token))).toBe('OK');
    const old = await graphql(platform.graphqlUrl, LOGIN, { u: user.username, p: user.password });
    expect(code(old)).toBe('BAD_USER_INPUT');
  });

  it('a revoked API client stops at once with the token it holds', async () => {
    const { createApiClient } = await graphqlOk<{
      createApiClient: { clientSecret: string; client: { id: string; clientId: string } };
    }>(
      platform.graphqlUrl,
      `mutation C($i: ApiClientInput!) { createApiClient(input: $i) { clientSecret client { id clientId } } }`,
      { i: { name: 'Gestionale', scopes: ['registry:read'] } },
      adminAToken,
    );
    const response = await fetch(`${platform.gatewayUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: createApiClient.client.clientId,
        client_secret: createApiClient.clientSecret,
      }).toString(),
    });
    const { access_token: token } = (await response.json()) as { access_token: string };
    expect(code(await gql(SUBJECTS, token))).toBe('OK');
    await graphqlOk(
      platform.graphqlUrl,
      `mutation R($id: ID!) { revokeApiClient(id: $id) { id } }`,
      { id: createApiClient.client.id },
      adminAToken,
    );
    const { value, ms } = await until(
      () => gql(SUBJECTS, token),
      (r) => code(r) !== 'OK',
    );
    expect(code(value)).toBe('UNAUTHENTICATED');
    expect(ms).toBeLessThan(1000);
  });

  describe('a platform admin in a tenant', () => {
    let platformAdmin: TestUser;
    let platformToken: string;

    beforeAll(async () => {
      platformAdmin = await createTestUser(null, ['PLATFORM_ADMIN']);
      platformToken = await login(platformAdmin);
    });

    it('administers configuration and users but reads no personal data without a grant', async () => {
      const { token, supportUntil } = await switchTo(platformToken, tenantA.id);
      expect(supportUntil).toBeNull();
      expect(code(await gql(USERS, token))).toBe('OK');
      expect(code(await gql(FIELDS, token))).toBe('OK');
      const newcomer = {
        username: `nuovo.${Date.now()}`,
        fullName: 'Nuovo Operatore',
        roles: ['CASEWORKER'],
        password: 'una-password-lunga-1',
      };
      // Users it administers, but a caseworker whose password it knows would read the records:
      // that waits for a grant (e2e/test/security/platformAdminReach.e2e.ts).
      expect(code(await gql(CREATE_USER, token, { i: newcomer }))).toBe('FORBIDDEN');
      for (const query of [SUBJECTS, REI, SIUSS]) {
        const result = await gql(query, token);
        expect(code(result)).toBe('FORBIDDEN');
        expect(result.errors?.[0]?.message).toMatch(/accesso di assistenza/);
      }
      expect(await fileStatus(REI_FILE, token)).toBe(403);
      expect(await fileStatus(SIUSS_FILE, token)).toBe(403);
      // Nor can it give itself the grant it lacks.
      const selfGrant = await gql(GRANT, token, {
        i: {
          username: platformAdmin.username,
          reason: 'Mi autorizzo da solo',
          validUntil: new Date(Date.now() + 3600_000).toISOString(),
        },
      });
      expect(code(selfGrant)).toBe('FORBIDDEN');
    });

    it('reads and writes under a grant of the tenant admin, until the grant is revoked', async () => {
      const validUntil = new Date(Date.now() + 3600_000).toISOString();
      const { grantSupport } = await graphqlOk<{
        grantSupport: { id: string; active: boolean; grantedBy: string };
      }>(
        platform.graphqlUrl,
        GRANT,
        {
          i: { username: platformAdmin.username, reason: 'Ticket 4711: import SIUSS', validUntil },
        },
        adminAToken,
      );
      expect(grantSupport).toMatchObject({ active: true, grantedBy: adminA.username });

      const session = await switchTo(platformToken, tenantA.id);
      expect(new Date(session.expiresAt).getTime()).toBeLessThanOrEqual(
        new Date(validUntil).getTime(),
      );
      expect(session.supportUntil).toBe(session.expiresAt);
      for (const query of [SUBJECTS, REI, SIUSS])
        expect(code(await gql(query, session.token))).toBe('OK');
      expect(await fileStatus(REI_FILE, session.token)).toBe(404);
      expect(await fileStatus(SIUSS_FILE, session.token)).toBe(404);
      // The grant opens tenant A only.
      const inB = await switchTo(platformToken, tenantB.id);
      expect(code(await gql(SUBJECTS, inB.token))).toBe('FORBIDDEN');

      const { supportGrants } = await graphqlOk<{
        supportGrants: { items: { id: string; active: boolean }[] };
      }>(platform.graphqlUrl, GRANTS, {}, adminAToken);
      expect(supportGrants.items).toContainEqual(
        expect.objectContaining({ id: grantSupport.id, active: true }),
      );

      await graphqlOk(platform.graphqlUrl, REVOKE_GRANT, { id: grantSupport.id }, adminAToken);
      const { value, ms } = await until(
        () => gql(SUBJECTS, session.token),
        (r) => code(r) !== 'OK',
      );
      expect(code(value)).toBe('FORBIDDEN');
      expect(ms).toBeLessThan(1000);
      expect(code(await gql(SIUSS, session.token))).toBe('FORBIDDEN');
      expect(await fileStatus(SIUSS_FILE, session.token)).toBe(403);
      expect(code(await gql(USERS, session.token))).toBe('OK');
      // A new switch after the revocation carries no grant either.
      const again = await switchTo(platformToken, tenantA.id);
      expect(code(await gql(SUBJECTS, again.token))).toBe('FORBIDDEN');

      const { auditEvents } = await graphqlOk<{
        auditEvents: {
          items: { entity: string; entityId: string; action: string; actor: string }[];
        };
      }>(platform.graphqlUrl, AUDIT, {}, adminAToken);
      const trail = auditEvents.items.filter((e) => e.entityId === grantSupport.id);
      expect(trail.map((e) => e.action).sort()).toEqual(['CREATE', 'REVOKE', 'USE']);
      expect(trail.find((e) => e.action === 'USE')?.actor).toBe(platformAdmin.username);
    });

    it('loses the data when the grant runs out', async () => {
      const validUntil = Date.now() + 2500;
      const { grantSupport } = await graphqlOk<{ grantSupport: { id: string } }>(
        platform.graphqlUrl,
        GRANT,
        {
          i: {
            username: platformAdmin.username,
            reason: 'Verifica veloce',
            validUntil: new Date(validUntil).toISOString(),
          },
        },
        adminAToken,
      );
      const session = await switchTo(platformToken, tenantA.id);
      // The token never outlives the grant (its expiry is cut at the grant's end).
      expect(new Date(session.expiresAt).getTime()).toBeLessThanOrEqual(validUntil);
      expect(code(await gql(SUBJECTS, session.token))).toBe('OK');
      await new Promise((resolve) =>
        setTimeout(resolve, Math.max(0, validUntil - Date.now() + 50)),
      );
      expect(['FORBIDDEN', 'UNAUTHENTICATED']).toContain(code(await gql(SUBJECTS, session.token)));
      const listed = await graphqlOk<{
        supportGrants: { items: { id: string; active: boolean }[] };
      }>(platform.graphqlUrl, GRANTS, {}, adminAToken);
      expect(listed.supportGrants.items).toContainEqual({
        id: grantSupport.id,
        granteeUsername: platformAdmin.username,
        active: false,
      });
    });

    it('grants stay within their tenant and are bounded in time', async () => {
      const { grantSupport } = await graphqlOk<{ grantSupport: { id: string } }>(
        platform.graphqlUrl,
        GRANT,
        {
          i: {
            username: platformAdmin.username,
            reason: 'Assistenza configurazione',
            validUntil: new Date(Date.now() + 3600_000).toISOString(),
          },
        },
        adminAToken,
      );
      const inB = await graphqlOk<{ supportGrants: { items: { id: string }[] } }>(
        platform.graphqlUrl,
        GRANTS,
        {},
        adminBToken,
      );
      expect(inB.supportGrants.items.map((g) => g.id)).not.toContain(grantSupport.id);
      expect(code(await gql(REVOKE_GRANT, adminBToken, { id: grantSupport.id }))).toBe('NOT_FOUND');

      const tooLong = await gql(GRANT, adminAToken, {
        i: {
          username: platformAdmin.username,
          reason: 'Per sempre',
          validUntil: new Date(Date.now() + 8 * 86_400_000).toISOString(),
        },
      });
      expect(code(tooLong)).toBe('BAD_USER_INPUT');
      expect(tooLong.errors?.[0]?.extensions?.fieldErrors?.[0]?.field).toBe('input.validUntil');
      const notAdmin = await gql(GRANT, adminAToken, {
        i: {
          username: adminB.username,
          reason: 'Un collega di un altro ente',
          validUntil: new Date(Date.now() + 3600_000).toISOString(),
        },
      });
      expect(code(notAdmin)).toBe('BAD_USER_INPUT');
      const caseworker = await login(await createTestUser(tenantA.id, ['CASEWORKER']));
      expect(code(await gql(GRANTS, caseworker))).toBe('FORBIDDEN');
    });
  });
});
