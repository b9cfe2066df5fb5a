import {
  createTestTenant,
  graphql,
  startTestPlatform,
  userToken,
  type TestPlatform,
  type TestTenant,
} from '@sisa/testing';

const ALLOWED = 'https://servizi.comune-a.it';

describe('CORS allow-list per tenant', () => {
  let platform: TestPlatform;
  let tenantA: TestTenant;
  let tenantB: TestTenant;
  let adminA: string;
  beforeAll(async () => {
    platform = await startTestPlatform(['config']);
    tenantA = await createTestTenant('Comune A');
    tenantB = await createTestTenant('Comune B');
    adminA = await userToken(tenantA.id, ['TENANT_ADMIN']);
  });
  afterAll(() => platform.close());

  const preflight = (origin: string) =>
    fetch(platform.graphqlUrl, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization,content-type',
      },
    });
  const post = (origin: string, token: string) =>
    fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: { origin, authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tenants { id } }' }),
    });
  const setOrigins = (origins: string[]) =>
    graphql<{ setAllowedOrigins: { allowedOrigins: string[] } }>(
      platform.graphqlUrl,
      'mutation($o: [String!]!) { setAllowedOrigins(origins: $o) { allowedOrigins } }',
      { o: origins },
      adminA,
    );
  async function untilPreflight(origin: string, allowed: boolean): Promise<Response> {
    for (let i = 0; i < 50; i++) {
      const res = await preflight(origin);
      if ((res.headers.get('access-control-allow-origin') === origin) === allowed) return res;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`preflight from ${origin} never became ${allowed ? 'allowed' : 'refused'}`);
  }

  it('is off by default: no origin gets CORS headers', async () => {
    const res = await preflight(ALLOWED);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('refuses origins that are not exact https origins, and changes nothing', async () => {
    const bad = await setOrigins(['*', 'http://servizi.comune-a.it', `${ALLOWED}/app`]);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(
      (bad.errors?.[0]?.extensions?.fieldErrors as { field: string }[]).map((e) => e.field),
    ).toEqual(['origins.0', 'origins.1', 'origins.2']);
    const tenants = await graphql<{ tenants: { allowedOrigins: string[] }[] }>(
      platform.graphqlUrl,
      '{ tenants { allowedOrigins } }',
      {},
      adminA,
    );
    expect(tenants.data?.tenants[0]?.allowedOrigins).toEqual([]);
  });

  it('allows the tenant admin’s origin at once, for that tenant’s tokens only', async () => {
    const set = await setOrigins([ALLOWED]);
    expect(set.errors).toBeUndefined();
    expect(set.data?.setAllowedOrigins.allowedOrigins).toEqual([ALLOWED]);

    const ok = await untilPreflight(ALLOWED, true);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-headers')).toMatch(/authorization/);
    expect(ok.headers.get('access-control-allow-credentials')).toBeNull();
    expect(
      (await preflight('https://evil.example')).headers.get('access-control-allow-origin'),
    ).toBeNull();

    const own = await post(ALLOWED, adminA);
    expect(own.status).toBe(200);
    expect(own.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(own.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);

    const other = await post(ALLOWED, await userToken(tenantB.id, ['CASEWORKER']));
    expect(other.status).toBe(403);
    const body = (await other.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('FORBIDDEN');
  });

  it('keeps same-origin pages (the console) working without any allow-list', async () => {
    const res = await post(platform.gatewayUrl, await userToken(tenantB.id, ['CASEWORKER']));
    expect(res.status).toBe(200);
  });

  it('forgets an origin as soon as the tenant admin removes it', async () => {
    expect((await setOrigins([])).errors).toBeUndefined();
    await untilPreflight(ALLOWED, false);
    expect((await post(ALLOWED, adminA)).status).toBe(403);
  });
});
