import {
  clientToken,
  startTestPlatform,
  testDatabase,
  testPublicKeyPem,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { randomUUID } from 'node:crypto';
import type { SubgraphName } from '@sisa/kernel';
import { composeSupergraph, createGatewayServer } from '../src/server';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('gateway behaviour for real clients', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform(['config'], {
      gateway: {
        rateLimits: {
          client: { points: 3, windowSeconds: 60 },
          user: { points: 5, windowSeconds: 60 },
        },
      },
    });
  });
  afterAll(() => platform.close());

  const post = (token: string | null, headers: Record<string, string> = {}) =>
    fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('answers with its own X-Request-Id and echoes the caller’s as X-Correlation-Id', async () => {
    const callerId = `caller-${randomUUID()}`;
    const first = await post(null, { 'x-request-id': callerId });
    const second = await post(null);
    expect(first.status).toBe(200);
    expect(first.headers.get('x-request-id')).toMatch(UUID);
    expect(first.headers.get('x-request-id')).not.toBe(callerId);
    expect(first.headers.get('x-correlation-id')).toBe(callerId);
    expect(second.headers.get('x-request-id')).toMatch(UUID);
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    expect(second.headers.get('x-correlation-id')).toBeNull();
  });

  it('limits each API client: RateLimit headers, then 429 RATE_LIMITED with Retry-After', async () => {
    const tenantId = randomUUID();
    const token = await clientToken(tenantId, ['registry:read']);
    const remaining: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await post(token);
      expect(res.status).toBe(200);
      expect(res.headers.get('ratelimit-policy')).toBe('"client";q=3;w=60');
      remaining.push(res.headers.get('ratelimit'));
    }
    expect(remaining.map((h) => h?.replace(/;t=\d+$/, ''))).toEqual([
      '"client";r=2',
      '"client";r=1',
      '"client";r=0',
    ]);
    const refused = await post(token);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(refused.headers.get('ratelimit')).toMatch(/^"client";r=0;t=\d+$/);
    const body = (await refused.json()) as {
      data?: unknown;
      errors: { message: string; extensions: { code: string; retryAfterSeconds: number } }[];
    };
    expect(body.data).toBeUndefined();
    expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0]!.extensions.retryAfterSeconds).toBe(retryAfter);
    expect(body.errors[0]!.message).toMatch(/Troppe richieste/);

    // Another client of the same tenant has its own count.
    expect((await post(await clientToken(tenantId, ['registry:read']))).status).toBe(200);
  });

  it('limits each user on its own policy; anonymous requests carry no RateLimit headers', async () => {
    const token = await userToken(null, ['PLATFORM_ADMIN']);
    for (let i = 0; i < 5; i++) expect((await post(token)).status).toBe(200);
    const refused = await post(token);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('ratelimit-policy')).toBe('"user";q=5;w=60');
    const anonymous = await post(null);
    expect(anonymous.status).toBe(200);
    expect(anonymous.headers.get('ratelimit')).toBeNull();
  });

  it('counts across gateway processes: a second gateway on the same database sees the first’s count', async () => {
    const second = await createGatewayServer({
      subgraphUrls: platform.subgraphUrls as Record<SubgraphName, string>,
      publicKeyPem: testPublicKeyPem(),
      supergraphSdl: composeSupergraph(),
      databaseUrl: testDatabase().gatewayUrl,
      rateLimits: {
        client: { points: 3, windowSeconds: 60 },
        user: { points: 5, windowSeconds: 60 },
      },
    });
    const secondUrl = `${await second.listen(0)}/graphql`;
    try {
      const token = await clientToken(randomUUID(), ['rei:read']);
      for (let i = 0; i < 2; i++) expect((await post(token)).status).toBe(200);
      const third = await fetch(secondUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: '{ __typename }' }),
      });
      expect(third.status).toBe(200);
      expect(third.headers.get('ratelimit')).toMatch(/^"client";r=0;/);
      expect((await post(token)).status).toBe(429);
    } finally {
      await second.close();
    }
  });

  it('two gateway processes with leases admit a quota of 60 exactly between them, then 429', async () => {
    const gateways = await Promise.all(
      [0, 1].map(() =>
        createGatewayServer({
          subgraphUrls: platform.subgraphUrls as Record<SubgraphName, string>,
          publicKeyPem: testPublicKeyPem(),
          supergraphSdl: composeSupergraph(),
          databaseUrl: testDatabase().gatewayUrl,
          rateLimits: {
            client: { points: 60, windowSeconds: 60 },
            user: { points: 60, windowSeconds: 60 },
          },
        }),
      ),
    );
    try {
      const urls = await Promise.all(gateways.map(async (g) => `${await g.listen(0)}/graphql`));
      const token = await clientToken(randomUUID(), ['registry:read']);
      const statuses: number[] = [];
      const refusals: Response[] = [];
      // 100 operations, five at a time on each gateway.
      for (let round = 0; round < 10; round++) {
        const answers = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            fetch(urls[i % 2]!, {
              method: 'POST',
              headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
              body: JSON.stringify({ query: '{ __typename }' }),
            }),
          ),
        );
        for (const res of answers) {
          statuses.push(res.status);
          if (res.status === 429) refusals.push(res);
          else expect(res.headers.get('ratelimit-policy')).toBe('"client";q=60;w=60');
        }
      }
      expect(statuses.filter((s) => s === 200)).toHaveLength(60);
      expect(refusals).toHaveLength(40);
      for (const res of refusals) {
        expect(res.headers.get('ratelimit')).toMatch(/^"client";r=0;t=\d+$/);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
        expect(body.errors[0]!.extensions.code).toBe('RATE_LIMITED');
      }
    } finally {
      await Promise.all(gateways.map((g) => g.close()));
    }
  });
});
