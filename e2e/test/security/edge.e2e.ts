import { request as httpRequest } from 'node:http';
import {
  createTestTenant,
  errorCode,
  graphql,
  startTestPlatform,
  userToken,
  type TestPlatform,
  type TestTenant,
} from '@sisa/testing';

jest.setTimeout(60_000);

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends `path` exactly as written (fetch would normalise `..` and `%2e%2e` away). */
function rawRequest(
  baseUrl: string,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string,
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: hostname, port: Number(port), method, path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/**
 * `{ subjects { items { households { members { subject { households … } } } } } }`, `depth` fields
 * deep counting the leaf: the fan-out (every member's households' members…) the registry serves.
 */
function householdChain(depth: number): string {
  const steps = ['households', 'members', 'subject'];
  const path = Array.from({ length: depth - 3 }, (_, i) => steps[i % 3]!);
  let selection = path.at(-1) === 'members' ? 'relationship' : 'id';
  for (const field of path.reverse()) selection = `${field} { ${selection} }`;
  return `{ subjects { items { ${selection} } } }`;
}

const SDL_QUERY = JSON.stringify({ query: '{ _service { sdl } }' });

describe('the /files/* proxy reaches only the file routes', () => {
  let platform: TestPlatform;
  let tenant: TestTenant;
  let token: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'rei', 'siuss']);
    tenant = await createTestTenant();
    token = await userToken(tenant.id, ['TENANT_ADMIN']);
  });
  afterAll(() => platform.close());

  const traversals = [
    '/files/siuss/../../graphql',
    '/files/registry/%2e%2e/%2e%2e/graphql',
    '/files/registry/%2E%2E/%2E%2E/graphql',
    '/files/rei/exports/..%2f..%2f..%2fgraphql',
    '/files/siuss/..\\..\\graphql',
    '/files/siuss/%5c..%5c..%5cgraphql',
    '/files/config/../../graphql',
    '/files/registry/graphql',
    '/files/siuss/imports/../../../graphql',
    '/files/siuss//..//..//graphql',
  ];

  it.each(traversals)('never forwards %s, with or without a token', async (path) => {
    const withToken: Record<string, string>[] = [{}, { authorization: `Bearer ${token}` }];
    for (const headers of withToken) {
      const res = await rawRequest(
        platform.gatewayUrl,
        'POST',
        path,
        { 'content-type': 'application/json', ...headers },
        SDL_QUERY,
      );
      expect(res.body).not.toMatch(/_service|type Query|sdl/);
      expect([400, 401, 404]).toContain(res.status);
    }
  });

  it('asks for a valid token before anything reaches a subgraph', async () => {
    const reached: string[] = [];
    const rei = platform.subgraphs.rei!.httpServer;
    const note = (req: { url?: string }) => reached.push(req.url ?? '');
    rei.on('request', note);
    try {
      for (const authorization of [undefined, 'Bearer not-a-token', 'Basic abc']) {
        const res = await rawRequest(
          platform.gatewayUrl,
          'GET',
          '/files/rei/exports/00000000-0000-4000-8000-000000000000',
          authorization ? { authorization } : {},
        );
        expect({ authorization, status: res.status }).toEqual({ authorization, status: 401 });
        expect(JSON.parse(res.body)).toEqual({
          code: 'UNAUTHENTICATED',
          error: 'Token non valido o scaduto',
        });
      }
      expect(reached).toEqual([]);
    } finally {
      rei.off('request', note);
    }
  });

  it('still proxies the real file routes of rei and siuss', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const missingExport = await rawRequest(
      platform.gatewayUrl,
      'GET',
      '/files/rei/exports/00000000-0000-4000-8000-000000000000',
      auth,
    );
    // The subgraph answered (its own 404 for an unknown export), not the gateway's refusal.
    expect(missingExport.status).toBe(404);
    expect(missingExport.body).not.toMatch(/Risorsa non trovata/);
    const missingRejects = await rawRequest(
      platform.gatewayUrl,
      'GET',
      '/files/siuss/imports/00000000-0000-4000-8000-000000000000/rejects.csv',
      auth,
    );
    expect(missingRejects.status).toBe(404);
    expect(missingRejects.body).not.toMatch(/Risorsa non trovata/);
    // One error body for every file route: the GraphQL error code and an Italian message.
    expect(JSON.parse(missingExport.body)).toEqual({
      code: 'NOT_FOUND',
      error: 'File non trovato',
    });
    expect(JSON.parse(missingRejects.body)).toEqual({
      code: 'NOT_FOUND',
      error: 'Importazione non trovata',
    });
  });

  it('answers 404 for file paths no subgraph serves', async () => {
    const auth = { authorization: `Bearer ${token}` };
    for (const path of ['/files/registry/anything', '/files/config/oauth/token', '/files/x']) {
      const res = await rawRequest(platform.gatewayUrl, 'GET', path, auth);
      expect(res.status).toBe(404);
      expect(JSON.parse(res.body)).toEqual({ code: 'NOT_FOUND', error: 'Risorsa non trovata' });
    }
  });
});

describe('every subgraph enforces the query limits itself', () => {
  let platform: TestPlatform;
  let token: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'rei', 'siuss']);
    const tenant = await createTestTenant();
    token = await userToken(tenant.id, ['TENANT_ADMIN']);
  });
  afterAll(() => platform.close());

  function subgraphUrl(name: 'config' | 'registry' | 'rei' | 'siuss'): string {
    return `${platform.subgraphUrls[name]!}/graphql`;
  }

  it('refuses a depth-27 query sent straight to the registry', async () => {
    const result = await graphql(subgraphUrl('registry'), householdChain(27), {}, token);
    expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/troppo annidata/);
    expect(result.data).toBeUndefined();
  });

  it.each(['config', 'registry', 'rei', 'siuss'] as const)(
    'refuses too many aliases and too many tokens at %s',
    async (name) => {
      const aliases = Array.from({ length: 60 }, (_, i) => `a${i}: _service { sdl }`).join(' ');
      const manyAliases = await graphql(subgraphUrl(name), `{ ${aliases} }`, {}, token);
      expect(manyAliases.errors?.[0]?.message).toMatch(/Troppi alias/);

      const huge = `{ ${'__typename '.repeat(12_000)} }`;
      const manyTokens = await graphql(subgraphUrl(name), huge, {}, token);
      expect(errorCode(manyTokens)).toBe('GRAPHQL_PARSE_FAILED');
    },
  );

  it('refuses 30 aliases × depth 12 at the gateway and at the registry by cost', async () => {
    const chain = householdChain(12).slice(2, -2); // `subjects { items { … } }`
    const query = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: ${chain}`).join(' ')} }`;
    for (const url of [platform.graphqlUrl, subgraphUrl('registry')]) {
      const result = await graphql(url, query, {}, token);
      expect(errorCode(result)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(result.errors?.[0]?.message).toMatch(/troppo costosa/);
    }
  });

  it('still runs what the gateway sends: _entities with many representations', async () => {
    const representations = Array.from({ length: 500 }, () => ({
      __typename: 'Subject',
      id: '00000000-0000-4000-8000-000000000000',
    }));
    const result = await graphql(
      subgraphUrl('registry'),
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Subject { id fiscalCode households { id members { relationship subject { id firstName } } } } } }',
      { r: representations },
      token,
    );
    expect(result.errors).toBeUndefined();
  });
});

describe('browser and production hygiene', () => {
  let platform: TestPlatform;
  let token: string;
  const saved = { ...process.env };

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry']);
    const tenant = await createTestTenant();
    token = await userToken(tenant.id, ['TENANT_ADMIN']);
  });
  afterAll(() => platform.close());
  afterEach(() => {
    process.env.NODE_ENV = saved.NODE_ENV;
    process.env.SISA_INTROSPECTION = saved.SISA_INTROSPECTION;
    process.env.SISA_TRUST_PROXY = saved.SISA_TRUST_PROXY;
    for (const key of ['NODE_ENV', 'SISA_INTROSPECTION', 'SISA_TRUST_PROXY'] as const)
      if (saved[key] === undefined) delete process.env[key];
  });

  const url0 = () => platform.graphqlUrl;

  function expectBrowserHeaders(res: RawResponse, where: string): void {
    const csp = String(res.headers['content-security-policy'] ?? '');
    expect({ where, csp }).toEqual({
      where,
      csp: expect.stringContaining("frame-ancestors 'none'"),
    });
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['strict-transport-security']).toBeUndefined();
  }

  it('answers with CSP, nosniff, Referrer-Policy and no HSTS over plain HTTP (gateway and subgraphs)', async () => {
    const gateway = platform.gatewayUrl;
    expectBrowserHeaders(await rawRequest(gateway, 'GET', '/health'), 'gateway /health');
    expectBrowserHeaders(
      await rawRequest(
        gateway,
        'POST',
        '/graphql',
        { 'content-type': 'application/json' },
        '{"query":"{ __typename }"}',
      ),
      'gateway /graphql',
    );
    expectBrowserHeaders(await rawRequest(gateway, 'GET', '/files/nothing'), 'gateway /files');
    expectBrowserHeaders(await rawRequest(gateway, 'POST', '/oauth/token'), 'gateway /oauth/token');
    for (const name of ['config', 'registry'] as const) {
      const url = platform.subgraphUrls[name]!;
      expectBrowserHeaders(await rawRequest(url, 'GET', '/health'), `${name} /health`);
      expectBrowserHeaders(
        await rawRequest(
          url,
          'POST',
          '/graphql',
          { 'content-type': 'application/json' },
          '{"query":"{ __typename }"}',
        ),
        `${name} /graphql`,
      );
    }
  });

  it('sends HSTS only when a trusted proxy says the request came over TLS', async () => {
    const https = { 'x-forwarded-proto': 'https' };
    // By default no proxy is trusted: anyone could send the header.
    const untrusted = await rawRequest(platform.gatewayUrl, 'GET', '/health', https);
    expect(untrusted.headers['strict-transport-security']).toBeUndefined();

    process.env.SISA_TRUST_PROXY = 'loopback';
    const behindProxy = await startTestPlatform(['config']);
    try {
      const secure = await rawRequest(behindProxy.gatewayUrl, 'GET', '/health', https);
      expect(secure.headers['strict-transport-security']).toMatch(/max-age=31536000/);
      const plain = await rawRequest(behindProxy.gatewayUrl, 'GET', '/health');
      expect(plain.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await behindProxy.close();
    }
  });

  it('turns introspection off with NODE_ENV=production, on again with SISA_INTROSPECTION=on', async () => {
    const introspection = '{ __schema { queryType { name } } }';
    expect((await graphql(platform.graphqlUrl, introspection, {}, token)).errors).toBeUndefined();

    process.env.NODE_ENV = 'production';
    const production = await startTestPlatform(['config']);
    try {
      for (const url of [production.graphqlUrl, `${production.subgraphUrls.config!}/graphql`]) {
        const refused = await graphql(url, introspection, {}, token);
        expect(errorCode(refused)).toBe('GRAPHQL_VALIDATION_FAILED');
        expect(
          (await graphql(url, '{ __typename tenants { id } }', {}, token)).errors,
        ).toBeUndefined();
      }
      // Federation's own field is not introspection: it stays.
      const sdl = await graphql<{ _service: { sdl: string } }>(
        `${production.subgraphUrls.config!}/graphql`,
        '{ _service { sdl } }',
        {},
        token,
      );
      expect(sdl.data?._service.sdl).toMatch(/type Query/);
    } finally {
      await production.close();
    }

    process.env.SISA_INTROSPECTION = 'on';
    const opted = await startTestPlatform(['config']);
    try {
      expect((await graphql(opted.graphqlUrl, introspection, {}, token)).errors).toBeUndefined();
    } finally {
      await opted.close();
    }
  });

  it('answers 400 to a malformed Basic header or a NUL byte at /oauth/token, never 500', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const malformed = [
      `Basic ${Buffer.from('a%zz:b').toString('base64')}`,
      `Basic ${Buffer.from('id:%E0%A4%A').toString('base64')}`,
      'Basic !!!!',
      'Basic',
    ];
    for (const authorization of malformed) {
      const res = await rawRequest(
        platform.gatewayUrl,
        'POST',
        '/oauth/token',
        { ...form, authorization },
        'grant_type=client_credentials',
      );
      expect({ authorization, status: res.status }).toEqual({ authorization, status: 400 });
      expect(JSON.parse(res.body)).toMatchObject({ error: 'invalid_request' });
    }
    const nul = await rawRequest(
      platform.gatewayUrl,
      'POST',
      '/oauth/token',
      form,
      'grant_type=client_credentials&client_id=%00abc&client_secret=x%00y',
    );
    expect(nul.status).toBe(400);
  });

  it('refuses NUL bytes in any string input with BAD_USER_INPUT, at the gateway and at a subgraph', async () => {
    const create = 'mutation C($i: SubjectInput!) { createSubject(input: $i) { id } }';
    const input = {
      fiscalCode: 'RSSMRA80A01F205X',
      firstName: 'Ma\u0000rio',
      lastName: 'Rossi',
      sex: 'M',
      birthDate: '1980-01-01',
      birthPlaceCode: 'F205',
      customFields: { 'no\u0000te': 'x' },
    };
    for (const url of [platform.graphqlUrl, `${platform.subgraphUrls.registry!}/graphql`]) {
      const result = await graphql(url, create, { i: input }, token);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.fieldErrors?.map((e) => e.field)).toEqual([
        'i.firstName',
        'i.customFields.no\u0000te',
      ]);
      for (const fieldError of result.errors?.[0]?.extensions?.fieldErrors ?? [])
        expect(fieldError.message).toMatch(/carattere non ammesso/);

      const literal = await graphql(
        url,
        '{ subjects(filter: { q: "a\\u0000b" }) { total } }',
        {},
        token,
      );
      expect(errorCode(literal)).toBe('BAD_USER_INPUT');
      const search = await graphql(
        url,
        'query S($q: String) { subjects(filter: { q: $q }) { total } }',
        { q: '\u0000' },
        token,
      );
      expect(errorCode(search)).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses lists over 1000 items and inputs nested 33 levels deep, at the gateway and at a subgraph', async () => {
    const ids = Array.from(
      { length: 1001 },
      (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    );
    const list = 'query L($f: SubjectFilter) { subjects(filter: $f) { total } }';
    // 200 000 nested arrays in a custom field: 400 KB, far inside the body limit.
    const deep = `{"query":"mutation C($i: SubjectInput!) { createSubject(input: $i) { id } }","variables":{"i":{"fiscalCode":"RSSMRA80A01F205X","firstName":"Mario","lastName":"Rossi","sex":"M","birthDate":"1980-01-01","birthPlaceCode":"F205","customFields":{"note":${'['.repeat(200_000)}${']'.repeat(200_000)}}}}}`;
    const literalIds = `{ subjects(filter: { ids: [${ids.map((id) => `"${id}"`).join(', ')}] }) { total } }`;
    for (const url of [platform.graphqlUrl, `${platform.subgraphUrls.registry!}/graphql`]) {
      const long = await graphql(url, list, { f: { ids } }, token);
      expect(errorCode(long)).toBe('BAD_USER_INPUT');
      expect(long.errors?.[0]?.extensions?.fieldErrors).toEqual([
        { field: 'f.ids', message: 'Elenco troppo lungo: al massimo 1000 elementi (ne ha 1001)' },
      ]);
      const { hostname, port, pathname } = new URL(url);
      const res = await rawRequest(
        `http://${hostname}:${port}`,
        'POST',
        pathname,
        { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        deep,
      );
      expect(res.status).toBe(400);
      const body = JSON.parse(res.body) as {
        errors: {
          extensions: { code: string; fieldErrors: { field: string; message: string }[] };
        }[];
      };
      expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0]!.extensions.fieldErrors[0]!.message).toBe(
        'Dati annidati oltre 32 livelli',
      );
    }
    // Written in the query itself: refused at the gateway (its token limit stops longer ones first).
    const literal = await graphql(platform.graphqlUrl, literalIds, {}, token);
    expect(errorCode(literal)).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
    // What a client really sends still goes through: 1000 ids.
    const fine = await graphql(url0(), list, { f: { ids: ids.slice(0, 1000) } }, token);
    expect(fine.errors).toBeUndefined();
    expect(fine.data).toEqual({ subjects: { total: 0 } });
  });

  it('refuses impossible dates and instants with BAD_USER_INPUT', async () => {
    const subjects = 'query S($d: Date) { subjects(filter: { bornFrom: $d }) { total } }';
    const accessLog =
      'query A($from: DateTime) { subjectAccessLog(filter: { from: $from }) { total } }';
    for (const url of [platform.graphqlUrl, `${platform.subgraphUrls.registry!}/graphql`]) {
      for (const d of ['2018-02-30', '2018-13-01', '2018-02-3', 'ieri']) {
        const result = await graphql(url, subjects, { d }, token);
        expect({ d, code: errorCode(result) }).toEqual({ d, code: 'BAD_USER_INPUT' });
      }
      for (const from of [
        '2018-02-30T10:00:00Z',
        '-271821-04-20T00:00:00Z',
        '+275760-09-13T00:00:00Z',
      ]) {
        const result = await graphql(url, accessLog, { from }, token);
        expect({ from, code: errorCode(result) }).toEqual({ from, code: 'BAD_USER_INPUT' });
      }
      expect(
        (await graphql(url, accessLog, { from: '2018-02-28T10:00:00+01:00' }, token)).errors,
      ).toBeUndefined();
    }
  });

  it('answers a malformed JSON body or URL with a 400 in JSON, without a stack trace', async () => {
    const targets = [platform.gatewayUrl, platform.subgraphUrls.registry!];
    for (const base of targets) {
      const res = await rawRequest(
        base,
        'POST',
        '/graphql',
        { 'content-type': 'application/json' },
        '{"query": ',
      );
      expect(res.status).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/json/);
      expect(res.body).not.toMatch(/at .*\(|SyntaxError|node_modules/);
    }
    const badEncoding = await rawRequest(
      platform.gatewayUrl,
      'GET',
      '/files/rei/exports/%E0%A4%A',
      {
        authorization: `Bearer ${token}`,
      },
    );
    expect([400, 404]).toContain(badEncoding.status);
    expect(badEncoding.body).not.toMatch(/at .*\(|URIError|node_modules/);
  });
});
