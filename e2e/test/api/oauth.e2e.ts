import { generateKeyPairSync } from 'node:crypto';
import { createLocalJWKSet, importPKCS8, jwtVerify, SignJWT, type JSONWebKeySet } from 'jose';
import {
  createTestTenant,
  graphql,
  graphqlOk,
  startTestPlatform,
  userToken,
  type TestPlatform,
  type TestTenant,
} from '@sisa/testing';

/**
 * OAuth 2 by the book, through the gateway: RFC 8414 metadata, the signing key as a JWKS that
 * verifies real tokens, RFC 6749 §5.2 error answers, RFC 7009 revocation and RFC 6750 challenges.
 */

interface OAuthAnswer {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

/** RFC 6749 §5.2: error_description is %x20-21 / %x23-5B / %x5D-7E. */
const RFC6749_DESCRIPTION = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

describe('OAuth 2 endpoints', () => {
  let platform: TestPlatform;
  let tenant: TestTenant;
  let adminToken: string;
  let client: { id: string; clientId: string; secret: string };

  async function post(
    path: string,
    form: Record<string, string | string[]>,
    authorization?: string,
  ): Promise<OAuthAnswer> {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(form))
      for (const v of [value].flat()) body.append(key, v);
    const response = await fetch(`${platform.gatewayUrl}${path}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(authorization ? { authorization } : {}),
      },
      body: body.toString(),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: text ? (JSON.parse(text) as Record<string, unknown>) : {},
    };
  }

  async function newClient(scopes: string[]) {
    const { createApiClient } = await graphqlOk<{
      createApiClient: { clientSecret: string; client: { id: string; clientId: string } };
    }>(
      platform.graphqlUrl,
      `mutation C($i: ApiClientInput!) { createApiClient(input: $i) { clientSecret client { id clientId } } }`,
      { i: { name: 'Gestionale', scopes } },
      adminToken,
    );
    return { ...createApiClient.client, secret: createApiClient.clientSecret };
  }

  async function accessToken(c: { clientId: string; secret: string }): Promise<string> {
    const answer = await post(
      '/oauth/token',
      { grant_type: 'client_credentials' },
      basic(c.clientId, c.secret),
    );
    expect(answer.status).toBe(200);
    return answer.body.access_token as string;
  }

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'rei']);
    tenant = await createTestTenant();
    adminToken = await userToken(tenant.id, ['TENANT_ADMIN']);
    client = await newClient(['registry:read', 'rei:read']);
  });
  afterAll(() => platform.close());

  it('publishes RFC 8414 metadata naming endpoints that answer', async () => {
    const response = await fetch(`${platform.gatewayUrl}/.well-known/oauth-authorization-server`);
    expect(response.status).toBe(200);
    const metadata = (await response.json()) as Record<string, unknown>;
    const base = platform.gatewayUrl;
    expect(metadata).toMatchObject({
      issuer: base,
      token_endpoint: `${base}/oauth/token`,
      jwks_uri: `${base}/.well-known/jwks.json`,
      revocation_endpoint: `${base}/oauth/revoke`,
      grant_types_supported: ['client_credentials'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    });
    expect(metadata.scopes_supported).toEqual(
      expect.arrayContaining(['registry:read', 'registry:write', 'rei:read', 'siuss:write']),
    );
    const jwks = await fetch(metadata.jwks_uri as string);
    expect(jwks.status).toBe(200);
    const token = await fetch(metadata.token_endpoint as string, { method: 'POST' });
    expect(token.status).toBe(400);
    expect(await token.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('serves the signing key as a JWKS that verifies an issued token, and only ours', async () => {
    const jwks = (await (
      await fetch(`${platform.gatewayUrl}/.well-known/jwks.json`)
    ).json()) as JSONWebKeySet;
    expect(jwks.keys).toHaveLength(1);
    expect(jwks.keys[0]).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig' });
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const keySet = createLocalJWKSet(jwks);

    const token = await accessToken(client);
    const { payload, protectedHeader } = await jwtVerify(token, keySet, {
      issuer: 'sisa',
      audience: 'sisa-api',
    });
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', kid: jwks.keys[0]!.kid });
    expect(payload).toMatchObject({
      sub: client.id,
      tid: tenant.id,
      scope: 'registry:read rei:read',
    });

    const stranger = generateKeyPairSync('ed25519').privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    const forged = await new SignJWT({ ...payload })
      .setProtectedHeader({ alg: 'EdDSA', kid: jwks.keys[0]!.kid })
      .sign(await importPKCS8(stranger.toString(), 'EdDSA'));
    await expect(jwtVerify(forged, keySet)).rejects.toThrow();
  });

  it('answers each bad token request with its RFC 6749 error, in ASCII', async () => {
    const valid = { client_id: client.clientId, client_secret: client.secret };
    const cases: { name: string; answer: OAuthAnswer; status: number; error: string }[] = [
      {
        name: 'no credentials',
        answer: await post('/oauth/token', { grant_type: 'client_credentials' }),
        status: 401,
        error: 'invalid_client',
      },
      {
        name: 'no grant_type',
        answer: await post('/oauth/token', valid),
        status: 400,
        error: 'invalid_request',
      },
      {
        name: 'another grant type',
        answer: await post('/oauth/token', { ...valid, grant_type: 'password' }),
        status: 400,
        error: 'unsupported_grant_type',
      },
      {
        name: 'grant_type twice',
        answer: await post('/oauth/token', {
          ...valid,
          grant_type: ['client_credentials', 'client_credentials'],
        }),
        status: 400,
        error: 'invalid_request',
      },
      {
        name: 'wrong secret in the body',
        answer: await post('/oauth/token', {
          grant_type: 'client_credentials',
          client_id: client.clientId,
          client_secret: 'sbagliato',
        }),
        status: 401,
        error: 'invalid_client',
      },
      {
        name: 'wrong secret with Basic',
        answer: await post(
          '/oauth/token',
          { grant_type: 'client_credentials' },
          basic(client.clientId, 'sbagliato'),
        ),
        status: 401,
        error: 'invalid_client',
      },
      {
        name: 'Basic and body credentials together',
        answer: await post(
          '/oauth/token',
          { grant_type: 'client_credentials', ...valid },
          basic(client.clientId, client.secret),
        ),
        status: 400,
        error: 'invalid_request',
      },
      {
        name: 'a scope not granted',
        answer: await post('/oauth/token', {
          grant_type: 'client_credentials',
          ...valid,
          scope: 'siuss:write àè"\\',
        }),
        status: 400,
        error: 'invalid_scope',
      },
    ];
    for (const { name, answer, status, error } of cases) {
      expect({ name, status: answer.status, error: answer.body.error }).toEqual({
        name,
        status,
        error,
      });
      expect({ name, description: answer.body.error_description }).toEqual({
        name,
        description: expect.stringMatching(RFC6749_DESCRIPTION),
      });
      expect(answer.headers.get('cache-control')).toBe('no-store');
      if (status === 401) expect(answer.headers.get('www-authenticate')).toMatch(/^Basic /);
    }
  });

  it('revokes an access token (RFC 7009): the next request with it is refused with a Bearer challenge', async () => {
    const token = await accessToken(client);
    const viewer = '{ viewer { kind id } }';
    expect((await graphqlOk(platform.graphqlUrl, viewer, {}, token)).viewer).toEqual({
      kind: 'CLIENT',
      id: client.id,
    });

    const other = await newClient(['rei:read']);
    const othersToken = await accessToken(other);
    // Another client's token, an unknown one, garbage: 200 and nothing happens.
    for (const token of [othersToken, 'non.un.token', 'x'.repeat(2000)]) {
      const answer = await post('/oauth/revoke', { token }, basic(client.clientId, client.secret));
      expect(answer.status).toBe(200);
    }
    expect((await graphql(platform.graphqlUrl, viewer, {}, othersToken)).errors).toBeUndefined();

    const revoked = await post(
      '/oauth/revoke',
      { token, token_type_hint: 'access_token' },
      basic(client.clientId, client.secret),
    );
    expect(revoked.status).toBe(200);
    expect(revoked.headers.get('cache-control')).toBe('no-store');
    // Revoking again is no error either.
    expect(
      (
        await post('/oauth/revoke', {
          token,
          client_id: client.clientId,
          client_secret: client.secret,
        })
      ).status,
    ).toBe(200);

    const response = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: viewer }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe(
      'Bearer realm="sisa", error="invalid_token"',
    );
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');

    // The file routes refuse it too (the gateway checks the signature, REI the session).
    const file = await fetch(`${platform.gatewayUrl}/files/rei/exports/nessuno`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(file.status).toBe(401);
    expect(file.headers.get('www-authenticate')).toBe('Bearer realm="sisa", error="invalid_token"');
  });

  it('refuses a revocation without the token or from an unauthenticated client', async () => {
    const token = await accessToken(client);
    const noToken = await post('/oauth/revoke', {}, basic(client.clientId, client.secret));
    expect(noToken).toMatchObject({ status: 400, body: { error: 'invalid_request' } });
    const wrong = await post('/oauth/revoke', { token }, basic(client.clientId, 'sbagliato'));
    expect(wrong).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Basic /);
    const anonymous = await post('/oauth/revoke', { token });
    expect(anonymous).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    // None of them ended the token.
    expect(
      (await graphql(platform.graphqlUrl, '{ viewer { id } }', {}, token)).errors,
    ).toBeUndefined();
  });

  it('counts failed client authentications at revocation like at the token endpoint', async () => {
    // Straight to config, naming the address as the gateway would (config believes loopback).
    const address = '203.0.113.77';
    const revoke = (secret: string) =>
      fetch(`${platform.subgraphUrls.config}/oauth/revoke`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'x-forwarded-for': address,
          authorization: basic(client.clientId, secret),
        },
        body: 'token=x',
      });
    const started = performance.now();
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await revoke(`sbagliato-${i}`)).status);
    const elapsed = performance.now() - started;
    expect(statuses.slice(0, 30)).toEqual(Array(30).fill(401));
    expect(statuses[30]).toBe(429);
    // Blocked now even with the right secret, at both endpoints, from that address only.
    const blocked = await revoke(client.secret);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await blocked.json()) as { error_description: string }).error_description).toMatch(
      RFC6749_DESCRIPTION,
    );
    const token = await fetch(`${platform.subgraphUrls.config}/oauth/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-forwarded-for': address,
        authorization: basic(client.clientId, client.secret),
      },
      body: 'grant_type=client_credentials',
    });
    expect(token.status).toBe(429);
    expect(await accessToken(client)).toEqual(expect.any(String));
    console.log(`31 failed revocations from one address answered in ${elapsed.toFixed(0)} ms`);
  });

  it('challenges with WWW-Authenticate: Bearer on every 401 of /graphql and /files', async () => {
    const bad = await fetch(platform.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer non-valido' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('www-authenticate')).toBe('Bearer realm="sisa", error="invalid_token"');

    const subgraph = await fetch(`${platform.subgraphUrls.config}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer non-valido' },
      body: JSON.stringify({ query: '{ viewer { id } }' }),
    });
    expect(subgraph.status).toBe(401);
    expect(subgraph.headers.get('www-authenticate')).toBe(
      'Bearer realm="sisa", error="invalid_token"',
    );

    const anonymous = await fetch(`${platform.gatewayUrl}/files/rei/exports/nessuno`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="sisa"');
    const expired = await fetch(`${platform.gatewayUrl}/files/rei/exports/nessuno`, {
      headers: { authorization: 'Bearer scaduto' },
    });
    expect(expired.headers.get('www-authenticate')).toBe(
      'Bearer realm="sisa", error="invalid_token"',
    );
  });
});
