import { errorCode, graphql, startTestPlatform, userToken, type TestPlatform } from '@sisa/testing';

describe('gateway', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform.close());

  it('reports the health of each subgraph', async () => {
    const res = await fetch(`${platform.gatewayUrl}/health`);
    const body = (await res.json()) as {
      status: string;
      subgraphs: Record<string, { status: string }>;
    };
    expect(res.status).toBe(200);
    expect(body.status).toBe('ok');
    expect(body.subgraphs.config?.status).toBe('ok');
  });

  it('refuses queries nested too deep or with too many aliases', async () => {
    const token = await userToken(null, ['PLATFORM_ADMIN']);
    expect(
      (await graphql(platform.graphqlUrl, '{ tenants { id code } }', {}, token)).errors,
    ).toBeUndefined();
    let nested = 'id';
    for (let i = 0; i < 14; i++) nested = `tenant { ${nested} }`;
    const tooDeep = await graphql(platform.graphqlUrl, `{ me { ${nested} } }`, {}, token);
    expect(tooDeep.errors?.[0]?.message).toMatch(/troppo annidata/);
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: me { id }`).join(' ');
    expect(
      (await graphql(platform.graphqlUrl, `{ ${aliases} }`, {}, token)).errors?.[0]?.message,
    ).toMatch(/Troppi alias/);
  });

  it('refuses oversized documents', async () => {
    const token = await userToken(null, ['PLATFORM_ADMIN']);
    const huge = `{ tenants { ${'id '.repeat(6000)} } }`;
    expect((await graphql(platform.graphqlUrl, huge, {}, token)).errors?.[0]?.message).toMatch(
      /more that 5000 tokens/,
    );
  });

  it('keeps CSRF prevention on: simple requests without a preflight are refused', async () => {
    const res = await fetch(`${platform.graphqlUrl}?query=%7B__typename%7D`, { method: 'GET' });
    expect(res.status).toBe(400);
    expect(await res.text()).toMatch(/CSRF/);
  });

  it('forwards the caller token to the subgraphs', async () => {
    const token = await userToken(null, ['PLATFORM_ADMIN']);
    const result = await graphql(platform.graphqlUrl, '{ tenants { id } }', {}, token);
    expect(result.errors).toBeUndefined();
    expect(errorCode(await graphql(platform.graphqlUrl, '{ tenants { id } }'))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('keeps Apollo telemetry off', () => {
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('1');
  });
});
