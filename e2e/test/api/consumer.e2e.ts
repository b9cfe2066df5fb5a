import { CombinedGraphQLErrors } from '@apollo/client';
import { createGatewayServer, composeSupergraph, type GatewayServer } from '@sisa/gateway';
import { computeFiscalCode } from '@sisa/italia';
import type { SubgraphName } from '@sisa/kernel';
import {
  createTestTenant,
  startTestPlatform,
  testDatabase,
  testPublicKeyPem,
  uniqueSurname,
  userToken,
  type TestPlatform,
  type TestTenant,
} from '@sisa/testing';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { apolloConsumer, type Consumer } from '../../src/consumer/apolloConsumer';
import {
  CreateApiClientDocument,
  CreateHouseholdDocument,
  CreateSubjectDocument,
  RecordIseeDocument,
  SetAllowedOriginsDocument,
  SubjectAccessLogDocument,
  SubjectDocument,
  SubjectsPageDocument,
  SubjectWithReiApplicationsDocument,
  UpdateSubjectDocument,
  ViewerDocument,
  type IseeInput,
  type SubjectFieldsFragment,
  type SubjectInput,
} from '../../src/consumer/generated/graphql';

jest.setTimeout(90_000);

/**
 * An integrator's program, end to end: Apollo Client 4 with the TypedDocumentNodes that
 * graphql-codegen generated from the committed supergraph, an OAuth client_credentials token
 * found through the RFC 8414 metadata, against the real gateway and subgraphs.
 */

interface AuthorizationServerMetadata {
  issuer: string;
  token_endpoint: string;
  jwks_uri: string;
  revocation_endpoint: string;
  scopes_supported: string[];
  grant_types_supported: string[];
}

const ALLOWED_ORIGIN = 'https://servizi.comune-consumatore.it';
const OTHER_ORIGIN = 'https://altro.example.it';
/** What a leaked internal error would show: a subgraph's address, a stack, an HTTP status line. */
const INTERNALS = /127\.0\.0\.1|localhost|http:|stacktrace|Bad Request/;

const basic = (id: string, secret: string) =>
  `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;

/** The GraphQL errors an Apollo call was refused with (CombinedGraphQLErrors, nothing else). */
async function refusedWith(call: Promise<unknown>): Promise<CombinedGraphQLErrors> {
  const error = await call.then(
    () => null,
    (e: unknown) => e,
  );
  if (!CombinedGraphQLErrors.is(error)) throw new Error(`Atteso un errore GraphQL: ${error}`);
  return error;
}

describe('an integrator with Apollo Client and generated types', () => {
  let platform: TestPlatform;
  let tenant: TestTenant;
  let admin: Consumer;
  let metadata: AuthorizationServerMetadata;
  let credentials: { id: string; clientId: string; secret: string };
  let token: string;
  let api: Consumer;

  async function createClient(name: string, scopes: string[]) {
    const { data } = await admin.client.mutate({
      mutation: CreateApiClientDocument,
      variables: { input: { name, scopes } },
    });
    const created = data!.createApiClient;
    return {
      id: created.client.id,
      clientId: created.client.clientId,
      secret: created.clientSecret,
    };
  }

  /** RFC 6749 §4.4 at the token endpoint the metadata names, authenticated with HTTP Basic. */
  async function accessToken(c: { clientId: string; secret: string }, scope?: string) {
    const response = await fetch(metadata.token_endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basic(c.clientId, c.secret),
      },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        ...(scope ? { scope } : {}),
      }).toString(),
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      access_token: string;
      token_type: string;
      expires_in: number;
      scope: string;
    };
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: expect.any(Number) });
    return body;
  }

  function subjectInput(lastName: string, firstName: string, birthDate: string): SubjectInput {
    const person = { lastName, firstName, sex: 'F', birthDate, birthPlaceCode: 'F205' } as const;
    return { ...person, fiscalCode: computeFiscalCode(person), citizenshipCode: '380' };
  }

  async function createSubject(input: SubjectInput): Promise<SubjectFieldsFragment> {
    const { data } = await api.client.mutate({
      mutation: CreateSubjectDocument,
      variables: { input },
    });
    return data!.createSubject;
  }

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'rei']);
    tenant = await createTestTenant('Comune Consumatore');
    admin = apolloConsumer(platform.graphqlUrl, await userToken(tenant.id, ['TENANT_ADMIN']));
    const discovery = await fetch(`${platform.gatewayUrl}/.well-known/oauth-authorization-server`);
    expect(discovery.status).toBe(200);
    metadata = (await discovery.json()) as AuthorizationServerMetadata;
    credentials = await createClient('Gestionale servizi sociali', ['registry:write']);
    token = (await accessToken(credentials)).access_token;
    api = apolloConsumer(platform.graphqlUrl, token);
  });
  afterAll(() => platform.close());

  it('finds the endpoints in the OAuth metadata and verifies its token with the JWKS', async () => {
    expect(metadata).toMatchObject({
      issuer: platform.gatewayUrl,
      token_endpoint: `${platform.gatewayUrl}/oauth/token`,
      jwks_uri: `${platform.gatewayUrl}/.well-known/jwks.json`,
      revocation_endpoint: `${platform.gatewayUrl}/oauth/revoke`,
      grant_types_supported: ['client_credentials'],
    });
    expect(metadata.scopes_supported).toEqual(expect.arrayContaining(['registry:write']));

    const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(metadata.jwks_uri)), {
      issuer: 'sisa',
      audience: 'sisa-api',
    });
    expect(payload).toMatchObject({ sub: credentials.id, tid: tenant.id, scope: 'registry:write' });

    const { data } = await api.client.query({ query: ViewerDocument });
    expect(data?.viewer).toEqual({
      __typename: 'Viewer',
      kind: 'CLIENT',
      id: credentials.id,
      name: credentials.clientId,
      scopes: ['REGISTRY_WRITE'],
      tenant: { __typename: 'Tenant', id: tenant.id },
    });
  });

  it('changes only the fields it sends, and gets CONFLICT with the current version when stale', async () => {
    const created = await createSubject({
      ...subjectInput(uniqueSurname(), 'Giulia', '1978-03-01'),
      phone: '+39 02 1111111',
      email: 'giulia@example.it',
    });

    const { data } = await api.client.mutate({
      mutation: UpdateSubjectDocument,
      variables: {
        id: created.id,
        expectedVersion: created.version,
        input: { phone: '+39 02 1234567' },
      },
    });
    const updated = data!.updateSubject;
    expect(updated).toEqual({ ...created, phone: '+39 02 1234567', version: created.version + 1 });

    const stale = await refusedWith(
      api.client.mutate({
        mutation: UpdateSubjectDocument,
        variables: {
          id: created.id,
          expectedVersion: created.version,
          input: { email: 'altra@example.it' },
        },
      }),
    );
    expect(stale.errors).toHaveLength(1);
    expect(stale.errors[0]!.extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: updated.version,
    });

    const read = await api.client.query({ query: SubjectDocument, variables: { id: created.id } });
    expect(read.data?.subject).toEqual(updated);
  });

  it('is refused each malformed scalar by the gateway: BAD_USER_INPUT with the field path, nothing leaked', async () => {
    const lastName = uniqueSurname();
    const subject = await createSubject(subjectInput(lastName, 'Anna', '1982-05-10'));
    const { data } = await api.client.mutate({
      mutation: CreateHouseholdDocument,
      variables: { input: { members: [{ subjectId: subject.id, relationship: '1' }] } },
    });
    const householdId = data!.createHousehold.id;
    const year = new Date().getUTCFullYear();
    const isee: IseeInput = {
      dsuProtocol: `INPS-ISEE-${year}-00000001A-00`,
      dsuDate: `${year}-01-02`,
      kind: 'ORDINARY',
      validUntil: `${year}-12-31`,
      isee: '3000.00',
      isr: '7000.00',
      isre: '3431.37',
      equivalenceScale: '2.04',
      realEstateAssets: '0.00',
      movableAssets: '1500.00',
      householdSize: 1,
    };

    const cases = [
      {
        scalar: 'Date',
        call: () =>
          api.client.mutate({
            mutation: CreateSubjectDocument,
            variables: {
              input: { ...subjectInput(lastName, 'Bruna', '2018-02-28'), birthDate: '2018-02-30' },
            },
          }),
        field: 'input.birthDate',
        message: /Data non valida/,
      },
      {
        scalar: 'DateTime',
        call: () =>
          api.client.query({
            query: SubjectAccessLogDocument,
            variables: { filter: { from: '08/12/2026' } },
          }),
        field: 'filter.from',
        message: /RFC 3339/,
      },
      {
        scalar: 'Decimal',
        call: () =>
          api.client.mutate({
            mutation: RecordIseeDocument,
            variables: { householdId, input: { ...isee, isee: '3.000,00' } },
          }),
        field: 'input.isee',
        message: /punto come separatore/,
      },
    ];
    for (const { scalar, call, field, message } of cases) {
      const refused = await refusedWith(call());
      expect({ scalar, status: api.last().status }).toEqual({ scalar, status: 400 });
      expect(refused.data ?? null).toBeNull();
      expect(refused.errors).toHaveLength(1);
      expect({ scalar, extensions: refused.errors[0]!.extensions }).toEqual({
        scalar,
        extensions: {
          code: 'BAD_USER_INPUT',
          fieldErrors: [{ field, message: expect.stringMatching(message) }],
        },
      });
      expect(JSON.stringify(refused.errors)).not.toMatch(INTERNALS);
    }

    // Nothing was written: no second subject, no ISEE; the right values go through.
    const page = await api.client.query({
      query: SubjectsPageDocument,
      variables: { filter: { lastName }, page: 1, perPage: 10 },
    });
    expect(page.data?.subjects.total).toBe(1);
    const recorded = await api.client.mutate({
      mutation: RecordIseeDocument,
      variables: { householdId, input: isee },
    });
    expect(recorded.data?.recordIsee.isee).toBe('3000.00');
  });

  it('reads a list to its end by following pageInfo.hasNextPage', async () => {
    const lastName = uniqueSurname();
    const names = ['Alba', 'Bice', 'Carla', 'Dora', 'Elsa'];
    const created = [];
    for (const [i, firstName] of names.entries())
      created.push(await createSubject(subjectInput(lastName, firstName, `1990-01-1${i}`)));

    const seen: string[] = [];
    const pages: { page: number; perPage: number; hasNextPage: boolean }[] = [];
    for (let page = 1, more = true; more; page++) {
      const { data } = await api.client.query({
        query: SubjectsPageDocument,
        variables: { filter: { lastName }, page, perPage: 2 },
      });
      const subjects = data!.subjects;
      expect(subjects.total).toBe(names.length);
      const { __typename: _typename, ...info } = subjects.pageInfo;
      pages.push(info);
      seen.push(...subjects.items.map((s) => s.id));
      more = subjects.pageInfo.hasNextPage;
      if (page > names.length) throw new Error('hasNextPage non diventa mai false');
    }
    expect(pages).toEqual([
      { page: 1, perPage: 2, hasNextPage: true },
      { page: 2, perPage: 2, hasNextPage: true },
      { page: 3, perPage: 2, hasNextPage: false },
    ]);
    expect(seen).toEqual(created.map((s) => s.id));
  });

  it('gets the subject without its REI applications, the error on that field alone, when it lacks rei:read', async () => {
    const subject = await createSubject(subjectInput(uniqueSurname(), 'Franca', '1975-07-07'));
    const result = await api.client.query({
      query: SubjectWithReiApplicationsDocument,
      variables: { id: subject.id },
      errorPolicy: 'all',
    });
    expect(result.data?.subject).toEqual({
      __typename: 'Subject',
      id: subject.id,
      lastName: subject.lastName,
      reiApplications: null,
    });
    if (!CombinedGraphQLErrors.is(result.error)) throw new Error('Atteso un errore GraphQL');
    expect(result.error.errors).toEqual([
      expect.objectContaining({
        path: ['subject', 'reiApplications'],
        extensions: expect.objectContaining({ code: 'FORBIDDEN', requiredScope: 'rei:read' }),
      }),
    ]);

    // With the scope it asks for, the same operation answers in full.
    const withRei = await createClient('Gestionale REI', ['registry:read', 'rei:read']);
    const full = apolloConsumer(platform.graphqlUrl, (await accessToken(withRei)).access_token);
    const answer = await full.client.query({
      query: SubjectWithReiApplicationsDocument,
      variables: { id: subject.id },
    });
    expect(answer.data?.subject?.reiApplications).toEqual([]);
  });

  it('is answered with CORS headers from the origin its tenant allows, and not from another', async () => {
    const { data } = await admin.client.mutate({
      mutation: SetAllowedOriginsDocument,
      variables: { origins: [ALLOWED_ORIGIN] },
    });
    expect(data?.setAllowedOrigins.allowedOrigins).toEqual([ALLOWED_ORIGIN]);

    // The browser's preflight (no Apollo here: the browser sends it before the page's request).
    const preflight = (origin: string) =>
      fetch(platform.graphqlUrl, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    let allowed = await preflight(ALLOWED_ORIGIN);
    for (
      let i = 0;
      i < 50 && allowed.headers.get('access-control-allow-origin') !== ALLOWED_ORIGIN;
      i++
    ) {
      await new Promise((r) => setTimeout(r, 100));
      allowed = await preflight(ALLOWED_ORIGIN);
    }
    expect(allowed.headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect((await preflight(OTHER_ORIGIN)).headers.get('access-control-allow-origin')).toBeNull();

    const page = apolloConsumer(platform.graphqlUrl, token, { origin: ALLOWED_ORIGIN });
    const viewer = await page.client.query({ query: ViewerDocument });
    expect(viewer.data?.viewer.id).toBe(credentials.id);
    expect(page.last().headers.get('access-control-allow-origin')).toBe(ALLOWED_ORIGIN);
    expect(page.last().headers.get('access-control-expose-headers')).toMatch(/ratelimit/i);

    const elsewhere = apolloConsumer(platform.graphqlUrl, token, { origin: OTHER_ORIGIN });
    const refused = await refusedWith(elsewhere.client.query({ query: ViewerDocument }));
    expect(refused.errors[0]!.extensions?.code).toBe('FORBIDDEN');
    expect(elsewhere.last().status).toBe(403);
    expect(elsewhere.last().headers.get('access-control-allow-origin')).toBeNull();
  });

  it('revokes a token (RFC 7009): the next call gets 401 UNAUTHENTICATED with a Bearer challenge', async () => {
    const revocable = (await accessToken(credentials)).access_token;
    const consumer = apolloConsumer(platform.graphqlUrl, revocable);
    expect((await consumer.client.query({ query: ViewerDocument })).data?.viewer.id).toBe(
      credentials.id,
    );

    const revoked = await fetch(metadata.revocation_endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basic(credentials.clientId, credentials.secret),
      },
      body: new URLSearchParams({ token: revocable, token_type_hint: 'access_token' }).toString(),
    });
    expect(revoked.status).toBe(200);

    const refused = await refusedWith(consumer.client.query({ query: ViewerDocument }));
    expect(refused.errors[0]!.extensions?.code).toBe('UNAUTHENTICATED');
    expect(consumer.last().status).toBe(401);
    expect(consumer.last().headers.get('www-authenticate')).toBe(
      'Bearer realm="sisa", error="invalid_token"',
    );
    // The client's other token still works.
    expect((await api.client.query({ query: ViewerDocument })).data?.viewer.id).toBe(
      credentials.id,
    );
  });

  describe('behind a gateway with a low rate limit', () => {
    let limited: GatewayServer;
    let limitedUrl: string;

    beforeAll(async () => {
      limited = await createGatewayServer({
        subgraphUrls: platform.subgraphUrls as Record<SubgraphName, string>,
        publicKeyPem: testPublicKeyPem(),
        supergraphSdl: composeSupergraph(),
        databaseUrl: testDatabase().gatewayUrl,
        rateLimits: {
          client: { points: 3, windowSeconds: 60 },
          user: { points: 100, windowSeconds: 60 },
        },
      });
      limitedUrl = `${await limited.listen(0)}/graphql`;
    });
    afterAll(() => limited.close());

    it('reads RateLimit headers, then gets 429 RATE_LIMITED with Retry-After', async () => {
      const own = await createClient('Gestionale a quota ridotta', ['registry:read']);
      const consumer = apolloConsumer(limitedUrl, (await accessToken(own)).access_token);
      const remaining: (string | null)[] = [];
      for (let i = 0; i < 3; i++) {
        await consumer.client.query({ query: ViewerDocument });
        expect(consumer.last().headers.get('ratelimit-policy')).toBe('"client";q=3;w=60');
        remaining.push(consumer.last().headers.get('ratelimit'));
      }
      expect(remaining.map((h) => h?.replace(/;t=\d+$/, ''))).toEqual([
        '"client";r=2',
        '"client";r=1',
        '"client";r=0',
      ]);

      const call = consumer.client.query({ query: ViewerDocument });
      const error = await call.then(
        () => null,
        (e: unknown) => e,
      );
      const response = consumer.last();
      expect(response.status).toBe(429);
      const retryAfter = Number(response.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(response.headers.get('ratelimit')).toMatch(/^"client";r=0;t=\d+$/);
      if (!CombinedGraphQLErrors.is(error)) throw new Error(`Atteso RATE_LIMITED: ${error}`);
      expect(error.errors[0]!.extensions).toMatchObject({
        code: 'RATE_LIMITED',
        retryAfterSeconds: retryAfter,
      });
    });
  });
});
