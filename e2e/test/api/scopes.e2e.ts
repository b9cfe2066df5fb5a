import { computeFiscalCode } from '@sisa/italia';
import {
  clientToken,
  createTestTenant,
  createTestUser,
  graphql,
  graphqlOk,
  startTestPlatform,
  uniqueSurname,
  userToken,
  type TestPlatform,
  type TestTenant,
  type TestUser,
} from '@sisa/testing';

/**
 * Scopes a client can discover: the `Scope` enum, `viewer`, `requiredScope` on a FORBIDDEN, and
 * fields served by another subgraph that fail alone instead of taking their parent with them.
 */

const VIEWER = `{ viewer { kind id name tenant { id } roles scopes supportUntil } }`;
const SUBJECT_WITH_REI = `query S($id: ID!) { subject(id: $id) { id lastName reiApplications { id } } }`;

describe('scopes and viewer', () => {
  let platform: TestPlatform;
  let tenant: TestTenant;
  let adminToken: string;
  let subjectId: string;
  let lastName: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'rei']);
    tenant = await createTestTenant();
    adminToken = await userToken(tenant.id, ['TENANT_ADMIN']);
    lastName = uniqueSurname();
    const person = { firstName: 'Giulia', sex: 'F', birthDate: '1978-03-01' } as const;
    const fiscalCode = computeFiscalCode({ lastName, ...person, birthPlaceCode: 'F205' });
    const { createSubject } = await graphqlOk<{ createSubject: { id: string } }>(
      platform.graphqlUrl,
      'mutation C($i: SubjectInput!) { createSubject(input: $i) { id } }',
      { i: { fiscalCode, lastName, ...person, birthPlaceCode: 'F205', citizenshipCode: '380' } },
      await userToken(tenant.id, ['CASEWORKER']),
    );
    subjectId = createSubject.id;
  });
  afterAll(() => platform.close());

  it('tells a user who it is: tenant and roles, no scopes', async () => {
    const token = await userToken(tenant.id, ['CASEWORKER', 'VIEWER']);
    const { viewer } = await graphqlOk<{ viewer: Record<string, unknown> }>(
      platform.graphqlUrl,
      VIEWER,
      {},
      token,
    );
    expect(viewer).toMatchObject({
      kind: 'USER',
      tenant: { id: tenant.id },
      roles: ['CASEWORKER', 'VIEWER'],
      scopes: [],
      supportUntil: null,
    });
  });

  it('tells an API client who it is (me stays a user-only query)', async () => {
    const { createApiClient } = await graphqlOk<{
      createApiClient: {
        clientSecret: string;
        client: { id: string; clientId: string; scopes: string[]; grantedScopes: string[] };
      };
    }>(
      platform.graphqlUrl,
      `mutation C($i: ApiClientInput!) { createApiClient(input: $i) { clientSecret client { id clientId scopes grantedScopes } } }`,
      { i: { name: 'Portale', grantedScopes: ['REGISTRY_READ', 'SIUSS_WRITE'] } },
      adminToken,
    );
    expect(createApiClient.client).toMatchObject({
      scopes: ['registry:read', 'siuss:write'],
      grantedScopes: ['REGISTRY_READ', 'SIUSS_WRITE'],
    });
    const issued = await fetch(`${platform.gatewayUrl}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: createApiClient.client.clientId,
        client_secret: createApiClient.clientSecret,
        scope: 'registry:read',
      }).toString(),
    });
    const { access_token: token } = (await issued.json()) as { access_token: string };

    const { viewer } = await graphqlOk<{ viewer: Record<string, unknown> }>(
      platform.graphqlUrl,
      VIEWER,
      {},
      token,
    );
    expect(viewer).toEqual({
      kind: 'CLIENT',
      id: createApiClient.client.id,
      name: createApiClient.client.clientId,
      tenant: { id: tenant.id },
      roles: [],
      scopes: ['REGISTRY_READ'],
      supportUntil: null,
    });
    const me = await graphql(platform.graphqlUrl, '{ me { id } }', {}, token);
    expect(me.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('refuses a client without scopes in its grant: at least one, enum or string', async () => {
    const none = await graphql(
      platform.graphqlUrl,
      `
        mutation C($i: ApiClientInput!) {
          createApiClient(input: $i) {
            clientSecret
          }
        }
      `,
      { i: { name: 'Vuoto' } },
      adminToken,
    );
    expect(none.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fieldErrors: [expect.objectContaining({ field: 'input.scopes' })],
    });
    const unknown = await graphql(
      platform.graphqlUrl,
      `
        mutation C($i: ApiClientInput!) {
          createApiClient(input: $i) {
            clientSecret
          }
        }
      `,
      { i: { name: 'Ignoto', grantedScopes: ['REGISTRY_ADMIN'] } },
      adminToken,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('names the missing scope in extensions.requiredScope', async () => {
    const token = await clientToken(tenant.id, ['registry:read']);
    const list = await graphql(platform.graphqlUrl, '{ reiApplications { total } }', {}, token);
    expect(list.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredScope: 'rei:read',
    });
    const write = await graphql(
      platform.graphqlUrl,
      'mutation D($id: ID!) { deleteSubject(id: $id) }',
      { id: subjectId },
      token,
    );
    expect(write.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      requiredScope: 'registry:write',
    });
    // A person lacking a role gets FORBIDDEN without a scope to ask for.
    const viewerRole = await graphql(
      platform.graphqlUrl,
      'mutation D($id: ID!) { deleteSubject(id: $id) }',
      { id: subjectId },
      await userToken(tenant.id, ['VIEWER']),
    );
    expect(viewerRole.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(viewerRole.errors?.[0]?.extensions).not.toHaveProperty('requiredScope');
  });

  it('answers the subject without its REI applications when the client lacks rei:read', async () => {
    const token = await clientToken(tenant.id, ['registry:read']);
    const result = await graphql<{ subject: Record<string, unknown> }>(
      platform.graphqlUrl,
      SUBJECT_WITH_REI,
      { id: subjectId },
      token,
    );
    expect(result.data?.subject).toEqual({ id: subjectId, lastName, reiApplications: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        path: ['subject', 'reiApplications'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN', requiredScope: 'rei:read' }),
      }),
    ]);
    // With the scope, the same query answers in full.
    const full = await graphqlOk<{ subject: { reiApplications: unknown[] } }>(
      platform.graphqlUrl,
      SUBJECT_WITH_REI,
      { id: subjectId },
      await clientToken(tenant.id, ['registry:read', 'rei:read']),
    );
    expect(full.subject.reiApplications).toEqual([]);
  });

  describe('a platform admin under a support grant', () => {
    let platformAdmin: TestUser;
    let tenantAdmin: TestUser;

    async function login(user: TestUser): Promise<string> {
      const { login } = await graphqlOk<{ login: { token: string } }>(
        platform.graphqlUrl,
        'mutation L($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: user.username, p: user.password },
      );
      return login.token;
    }

    beforeAll(async () => {
      platformAdmin = await createTestUser(null, ['PLATFORM_ADMIN']);
      tenantAdmin = await createTestUser(tenant.id, ['TENANT_ADMIN']);
    });

    it('sees until when the grant opens personal data', async () => {
      await graphqlOk(
        platform.graphqlUrl,
        'mutation G($i: SupportGrantInput!) { grantSupport(input: $i) { id } }',
        {
          i: {
            username: platformAdmin.username,
            reason: 'Ticket 99',
            validUntil: new Date(Date.now() + 3600_000).toISOString(),
          },
        },
        await login(tenantAdmin),
      );
      const { switchTenant } = await graphqlOk<{
        switchTenant: { token: string; supportUntil: string };
      }>(
        platform.graphqlUrl,
        'mutation S($t: ID!) { switchTenant(tenantId: $t) { token supportUntil } }',
        { t: tenant.id },
        await login(platformAdmin),
      );
      const { viewer } = await graphqlOk<{
        viewer: { kind: string; roles: string[]; supportUntil: string; tenant: { id: string } };
      }>(platform.graphqlUrl, VIEWER, {}, switchTenant.token);
      expect(viewer).toMatchObject({
        kind: 'USER',
        roles: ['PLATFORM_ADMIN'],
        tenant: { id: tenant.id },
      });
      // The grant's end, as the session reads it now (the database rounds to the microsecond).
      const gap =
        new Date(viewer.supportUntil).getTime() - new Date(switchTenant.supportUntil).getTime();
      expect(Math.abs(gap)).toBeLessThan(1000);
    });
  });

  // Last: it stops the REI subgraph.
  it('answers the subject with an error on reiApplications alone when REI is down', async () => {
    await platform.subgraphs.rei!.close();
    const token = await clientToken(tenant.id, ['registry:read', 'rei:read']);
    const result = await graphql<{ subject: Record<string, unknown> }>(
      platform.graphqlUrl,
      SUBJECT_WITH_REI,
      { id: subjectId },
      token,
    );
    expect(result.status).toBe(200);
    expect(result.data?.subject).toEqual({ id: subjectId, lastName, reiApplications: null });
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Il servizio rei non risponde: riprova tra poco',
        path: ['subject', 'reiApplications'],
        extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }),
      }),
    ]);
    // A root field of the stopped subgraph: null with its error, nothing about addresses.
    const root = await graphql(platform.graphqlUrl, '{ reiApplications { total } }', {}, token);
    expect(root.errors).toEqual([
      expect.objectContaining({
        path: ['reiApplications'],
        message: expect.not.stringMatching(/127\.0\.0\.1|ECONNREFUSED/),
      }),
    ]);
  });
});
