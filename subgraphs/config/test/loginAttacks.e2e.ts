import { createSubgraph, generateSigningKeyPem, type SubgraphServer } from '@sisa/kernel';
import {
  createTestTenant,
  createTestUser,
  errorCode,
  graphqlOk,
  startTestPlatform,
  testDatabase,
  userToken,
  type GraphQLResult,
  type TestPlatform,
  type TestTenant,
} from '@sisa/testing';
import { configModule } from '../src/server';

const LOGIN = `mutation Login($u: String!, $p: String!) { login(username: $u, password: $p) { token user { id } } }`;
const UNLOCK = `mutation U($id: ID!) { unlockUser(id: $id) { id } }`;
const WRONG = 'Nome utente o password non corretti';

let nextAddress = 1;
/** A fresh client address (TEST-NET-3): each test poses as callers the others never were. */
const newAddress = () => `203.0.113.${nextAddress++}`;

/** A login posted to `url` as the client at `address` (X-Forwarded-For, trusted from loopback). */
async function login(
  url: string,
  username: string,
  password: string,
  address?: string,
): Promise<GraphQLResult & { ms: number }> {
  const started = performance.now();
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (address) headers['x-forwarded-for'] = address;
  const response = await fetch(url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: LOGIN, variables: { u: username, p: password } }),
  });
  const body = (await response.json()) as Omit<GraphQLResult, 'status'>;
  return { status: response.status, ...body, ms: performance.now() - started };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

describe('login under attack', () => {
  let platform: TestPlatform;
  let tenant: TestTenant;
  /** The config subgraph itself: tests name the client's address as the gateway would. */
  let config: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config']);
    config = `${platform.subgraphUrls.config}/graphql`;
    tenant = await createTestTenant('Comune Assediato');
  });
  afterAll(() => platform.close());

  it('a flood of wrong passwords holds nobody else’s login', async () => {
    const victim = await createTestUser(tenant.id, ['CASEWORKER']);
    const colleague = await createTestUser(tenant.id, ['CASEWORKER']);
    const alone = await login(platform.graphqlUrl, colleague.username, colleague.password);
    const flood = Array.from({ length: 12 }, (_, i) =>
      login(platform.graphqlUrl, victim.username, `sbagliata-${i}`),
    );
    const during = await login(platform.graphqlUrl, colleague.username, colleague.password);
    const answers = await Promise.all(flood);
    expect(during.errors).toBeUndefined();
    // The colleague's scrypt queues behind the five attempts let through (four crypto threads):
    // a few scrypts' time, never the pool's 60 s wait the flood used to cause.
    expect(during.ms).toBeLessThan(Math.max(2000, 8 * alone.ms));
    for (const answer of answers)
      expect(['BAD_USER_INPUT', 'RATE_LIMITED']).toContain(errorCode(answer));
  }, 120_000);

  it('41 parallel attempts from one address: five are checked, the rest refused, and the pair stays blocked', async () => {
    const user = await createTestUser(tenant.id, ['VIEWER']);
    const attacker = newAddress();
    const answers = await Promise.all(
      Array.from({ length: 41 }, (_, i) => login(config, user.username, `errata-${i}`, attacker)),
    );
    const codes = answers.map(errorCode);
    expect(codes.filter((c) => c === 'BAD_USER_INPUT')).toHaveLength(5);
    expect(codes.filter((c) => c === 'RATE_LIMITED')).toHaveLength(36);
    const limited = answers.find((a) => errorCode(a) === 'RATE_LIMITED')!;
    expect(limited.errors?.[0]?.message).toMatch(
      /^Troppi tentativi di accesso: riprova tra 15 minuti$/,
    );
    expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(800);

    const right = await login(config, user.username, user.password, attacker);
    expect(errorCode(right)).toBe('RATE_LIMITED');
    // The owner, elsewhere, is not locked out by someone else's failures.
    const owner = await login(config, user.username, user.password, newAddress());
    expect(owner.errors).toBeUndefined();
  }, 120_000);

  it('answers an unknown user exactly as a real one with a wrong password, in the same time', async () => {
    const user = await createTestUser(tenant.id, ['VIEWER']);
    const real: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 9; i++) {
      const address = newAddress();
      const a = await login(config, user.username, `errata-${i}`, address);
      const b = await login(config, `nessuno.${i}.${user.username}`, `errata-${i}`, address);
      expect(errorCode(a)).toBe('BAD_USER_INPUT');
      expect(errorCode(b)).toBe('BAD_USER_INPUT');
      expect(a.errors).toEqual(b.errors);
      expect(a.errors?.[0]?.message).toBe(WRONG);
      real.push(a.ms);
      unknown.push(b.ms);
    }
    // Both run one scrypt; the real one also counts its failure (one UPDATE).
    expect(Math.abs(median(real) - median(unknown))).toBeLessThan(
      Math.max(60, 0.5 * median(unknown)),
    );
  }, 120_000);

  it('counts across config processes: a second instance shares the store', async () => {
    const keys = generateSigningKeyPem();
    const second: SubgraphServer<unknown> = await createSubgraph(configModule, {
      databaseUrl: testDatabase().serviceUrls.config!,
      publicKeyPem: keys.publicKey,
      privateKeyPem: keys.privateKey,
      subgraphUrls: {},
      dataDir: platform.dataDir,
      poolMax: 2,
    });
    try {
      const secondUrl = `${await second.listen(0)}/graphql`;
      const user = await createTestUser(tenant.id, ['VIEWER']);
      const attacker = newAddress();
      for (let i = 0; i < 5; i++) {
        const answer = await login(i % 2 ? secondUrl : config, user.username, `x-${i}`, attacker);
        expect(errorCode(answer)).toBe('BAD_USER_INPUT');
      }
      for (const url of [config, secondUrl])
        expect(errorCode(await login(url, user.username, user.password, attacker))).toBe(
          'RATE_LIMITED',
        );
    } finally {
      await second.close();
    }
  }, 120_000);

  it('locks the account briefly after many failures from many addresses, and the admin unlocks it', async () => {
    const user = await createTestUser(tenant.id, ['CASEWORKER']);
    const admin = await userToken(tenant.id, ['TENANT_ADMIN']);
    const attacker = newAddress();
    for (let i = 0; i < 5; i++) await login(config, user.username, `x-${i}`, attacker);
    for (let i = 0; i < 15; i++) await login(config, user.username, `y-${i}`, newAddress());
    const owner = newAddress();
    const locked = await login(config, user.username, user.password, owner);
    expect(errorCode(locked)).toBe('RATE_LIMITED');
    expect(locked.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);

    await graphqlOk(platform.graphqlUrl, UNLOCK, { id: user.id }, admin);
    expect((await login(config, user.username, user.password, owner)).errors).toBeUndefined();
    // The unlock also clears the block of the address that failed five times.
    expect((await login(config, user.username, user.password, attacker)).errors).toBeUndefined();
  }, 120_000);

  it('believes X-Forwarded-For only from the gateway: a client cannot pose as many addresses', async () => {
    const user = await createTestUser(tenant.id, ['VIEWER']);
    for (let i = 0; i < 5; i++) {
      const answer = await login(platform.graphqlUrl, user.username, `x-${i}`, newAddress());
      expect(errorCode(answer)).toBe('BAD_USER_INPUT');
    }
    const sixth = await login(platform.graphqlUrl, user.username, user.password, newAddress());
    expect(errorCode(sixth)).toBe('RATE_LIMITED');
  }, 120_000);

  it('limits failed API client authentications per address, with 429 and Retry-After', async () => {
    const token = (address: string) =>
      fetch(`${platform.subgraphUrls.config}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({
          grant_type: 'client_credentials',
          client_id: 'inesistente',
          client_secret: 'sbagliato',
        }),
      });
    const attacker = newAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await token(attacker)).status);
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses[30]).toBe(429);
    const limited = await token(attacker);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(((await limited.json()) as { error: string }).error).toBe('too_many_requests');
    expect((await token(newAddress())).status).toBe(401);
  }, 120_000);
});
