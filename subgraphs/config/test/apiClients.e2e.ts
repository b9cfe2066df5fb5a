import {
  clientToken,
  createTestTenant,
  errorCode,
  graphql,
  graphqlOk,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';

async function tokenRequest(platform: TestPlatform, body: Record<string, string>, form = true) {
  const response = await fetch(`${platform.gatewayUrl}/oauth/token`, {
    method: 'POST',
    headers: { 'content-type': form ? 'application/x-www-form-urlencoded' : 'application/json' },
    body: form ? new URLSearchParams(body).toString() : JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as Record<string, string | number>,
  };
}

describe('API clients (OAuth2 client credentials)', () => {
  let platform: TestPlatform;
  let tenant: Awaited<ReturnType<typeof createTestTenant>>;
  let adminToken: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config']);
    tenant = await createTestTenant();
    adminToken = await userToken(tenant.id, ['TENANT_ADMIN']);
  });
  afterAll(() => platform.close());

  const CREATE = `mutation C($i: ApiClientInput!) { createApiClient(input: $i) { clientSecret client { id clientId scopes active } } }`;

  it('creates a client whose secret is shown once and issues tenant-bound tokens', async () => {
    const { createApiClient } = await graphqlOk<{
      createApiClient: { clientSecret: string; client: { id: string; clientId: string } };
    }>(
      platform.graphqlUrl,
      CREATE,
      { i: { name: 'Gestionale contabile', scopes: ['registry:read', 'rei:read'] } },
      adminToken,
    );
    const { clientId } = createApiClient.client;
    const issued = await tokenRequest(platform, {
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: createApiClient.clientSecret,
    });
    expect(issued.status).toBe(200);
    expect(issued.body).toMatchObject({ token_type: 'Bearer', scope: 'registry:read rei:read' });

    const json = await tokenRequest(
      platform,
      {
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: createApiClient.clientSecret,
        scope: 'rei:read',
      },
      false,
    );
    expect(json.body.scope).toBe('rei:read');

    // The secret is never readable again.
    const listed = await graphql(
      platform.graphqlUrl,
      '{ apiClients { clientId clientSecret } }',
      {},
      adminToken,
    );
    expect(errorCode(listed)).toBe('GRAPHQL_VALIDATION_FAILED');

    // A client token is not a person: no `me`, and no admin work.
    const clientCall = await graphql(
      platform.graphqlUrl,
      '{ apiClients { id } }',
      {},
      issued.body.access_token as string,
    );
    expect(errorCode(clientCall)).toBe('FORBIDDEN');
  });

  it('refuses wrong secrets, unknown grants, scopes not granted and revoked clients', async () => {
    const { createApiClient } = await graphqlOk<{
      createApiClient: { clientSecret: string; client: { id: string; clientId: string } };
    }>(platform.graphqlUrl, CREATE, { i: { name: 'Portale', scopes: ['siuss:read'] } }, adminToken);
    const { clientId } = createApiClient.client;
    expect(
      (
        await tokenRequest(platform, {
          grant_type: 'client_credentials',
          client_id: clientId,
          client_secret: 'sbagliato',
        })
      ).status,
    ).toBe(401);
    expect(
      (
        await tokenRequest(platform, {
          grant_type: 'password',
          client_id: clientId,
          client_secret: 'x',
        })
      ).body.error,
    ).toBe('unsupported_grant_type');
    const scope = await tokenRequest(platform, {
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: createApiClient.clientSecret,
      scope: 'siuss:write',
    });
    expect(scope).toMatchObject({ status: 400, body: { error: 'invalid_scope' } });

    await graphqlOk(
      platform.graphqlUrl,
      'mutation R($id: ID!) { revokeApiClient(id: $id) { active revokedAt } }',
      { id: createApiClient.client.id },
      adminToken,
    );
    const revoked = await tokenRequest(platform, {
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: createApiClient.clientSecret,
    });
    expect(revoked).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
  });

  it('validates scopes and keeps clients of other tenants out of reach', async () => {
    const bad = await graphql(
      platform.graphqlUrl,
      CREATE,
      { i: { name: 'X', scopes: ['everything'] } },
      adminToken,
    );
    expect(bad.errors?.[0]?.extensions?.fieldErrors?.[0]?.field).toBe('input.scopes');

    const other = await createTestTenant();
    const otherAdmin = await userToken(other.id, ['TENANT_ADMIN']);
    const { createApiClient } = await graphqlOk<{ createApiClient: { client: { id: string } } }>(
      platform.graphqlUrl,
      CREATE,
      { i: { name: 'Altro ente', scopes: ['registry:read'] } },
      otherAdmin,
    );
    const { apiClients } = await graphqlOk<{ apiClients: { id: string }[] }>(
      platform.graphqlUrl,
      '{ apiClients { id } }',
      {},
      adminToken,
    );
    expect(apiClients.map((c) => c.id)).not.toContain(createApiClient.client.id);
    const revoke = await graphql(
      platform.graphqlUrl,
      'mutation R($id: ID!) { revokeApiClient(id: $id) { id } }',
      { id: createApiClient.client.id },
      adminToken,
    );
    expect(errorCode(revoke)).toBe('NOT_FOUND');
    expect(await clientToken(tenant.id, ['registry:read'])).toEqual(expect.any(String));
  });
});
