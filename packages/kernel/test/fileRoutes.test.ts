import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import {
  createSubgraph,
  fileRoute,
  tenantOf,
  type Access,
  type RequestContext,
  type SubgraphModule,
  type SubgraphServer,
} from '@sisa/kernel';
import { clientToken, issueToken, testDatabase, testPublicKeyPem, withClient } from '@sisa/testing';

/**
 * A file route and a GraphQL field with the same access, on a real subgraph server: the route
 * refuses exactly what the field refuses, with the same code, in one error body.
 */
describe('authorizeRequest and fileRoute', () => {
  const access: Access = { domain: 'siuss', level: 'read' };
  const module: SubgraphModule<null> = {
    // The config schema and service role of the run's database; no entity of its own.
    name: 'config',
    typeDefs: parse('type Query { tenant: ID }'),
    resolvers: [
      {
        Query: {
          tenant: (_: unknown, __: unknown, ctx: RequestContext<null>) => tenantOf(ctx, access),
        },
      },
    ],
    entities: [],
    migrations: [],
    createServices: () => null,
    routes(app, deps) {
      app.get(
        '/files/test/:id',
        fileRoute(deps, access, async (req, res, caller) => {
          res.json({ tenantId: caller.tenantId, id: req.params.id });
        }),
      );
    },
  };
  let server: SubgraphServer<null>;
  let base: string;
  const tenantId = randomUUID();

  beforeAll(async () => {
    server = await createSubgraph(module, {
      databaseUrl: testDatabase().serviceUrls.config!,
      publicKeyPem: testPublicKeyPem(),
      subgraphUrls: {},
      dataDir: mkdtempSync(join(tmpdir(), 'sisa-file-routes-')),
      poolMax: 2,
    });
    base = await server.listen(0);
  });
  afterAll(() => server.close());

  async function both(authorization?: string) {
    const headers: Record<string, string> = authorization ? { authorization } : {};
    const file = await fetch(`${base}/files/test/x`, { headers });
    const graphql = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ tenant }' }),
    });
    const answer = (await graphql.json()) as {
      data?: { tenant: string | null };
      errors?: { message: string; extensions: Record<string, unknown> }[];
    };
    return {
      status: file.status,
      challenge: file.headers.get('www-authenticate'),
      body: (await file.json()) as Record<string, unknown>,
      graphql: answer.errors?.[0]?.extensions.code ?? answer.data?.tenant,
    };
  }

  it('lets in what GraphQL lets in, for the token’s tenant', async () => {
    const answer = await both(`Bearer ${await clientToken(tenantId, ['siuss:read'])}`);
    expect(answer).toMatchObject({ status: 200, body: { tenantId, id: 'x' }, graphql: tenantId });
  });

  it('answers no token with 401, the bare challenge and the one error body', async () => {
    expect(await both()).toEqual({
      status: 401,
      challenge: 'Bearer realm="sisa"',
      body: { code: 'UNAUTHENTICATED', error: 'Autenticazione richiesta' },
      graphql: 'UNAUTHENTICATED',
    });
  });

  it('answers a bad token with 401 invalid_token', async () => {
    for (const authorization of ['Bearer non-un-token', 'Basic abc']) {
      const answer = await both(authorization);
      expect(answer).toMatchObject({
        status: 401,
        challenge: 'Bearer realm="sisa", error="invalid_token"',
        body: { code: 'UNAUTHENTICATED' },
        graphql: 'UNAUTHENTICATED',
      });
      expect(Object.keys(answer.body).sort()).toEqual(['code', 'error']);
      expect(answer.body.error).toMatch(/non valid/);
    }
  });

  it('answers a token whose session ended with 401, as GraphQL does', async () => {
    const sessionId = randomUUID();
    const token = await issueToken({ tenantId, roles: ['CASEWORKER'], sessionId });
    await withClient(testDatabase().ownerUrl, (owner) =>
      owner.query('update config.session set revoked_at = now() where id = $1', [sessionId]),
    );
    expect(await both(`Bearer ${token}`)).toEqual({
      status: 401,
      challenge: 'Bearer realm="sisa", error="invalid_token"',
      body: { code: 'UNAUTHENTICATED', error: 'Sessione terminata: accedi di nuovo' },
      graphql: 'UNAUTHENTICATED',
    });
  });

  it('answers a missing scope or role with 403 FORBIDDEN and what to ask for', async () => {
    const client = await both(`Bearer ${await clientToken(tenantId, ['registry:read'])}`);
    expect(client).toEqual({
      status: 403,
      challenge: null,
      body: {
        code: 'FORBIDDEN',
        error: 'Il client non ha l\u2019ambito (scope) necessario per questa operazione',
        requiredScope: 'siuss:read',
      },
      graphql: 'FORBIDDEN',
    });
    // A user with no role in the tenant, and a platform admin outside any tenant.
    for (const token of [
      await issueToken({ tenantId, roles: [] }),
      await issueToken({ tenantId: null, roles: ['PLATFORM_ADMIN'] }),
    ]) {
      const answer = await both(`Bearer ${token}`);
      expect(answer).toMatchObject({
        status: 403,
        body: { code: 'FORBIDDEN' },
        graphql: 'FORBIDDEN',
      });
    }
  });
});
