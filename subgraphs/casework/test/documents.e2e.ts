import { createHash } from 'node:crypto';
import { issueToken, startTestPlatform, userToken, type TestPlatform } from '@sisa/testing';
import { caseWorld, type CaseWorld } from './support/world';

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n'),
  Buffer.from('relazione sociale '.repeat(100)),
]);
const DOCS = `query D($id: ID!) { socialCase(id: $id) { access documents { id title kind fileName contentType size sha256 url uploadedBy { id } } } }`;

describe('Cartella sociale: documenti', () => {
  let platform: TestPlatform;
  let world: CaseWorld;
  let tokens: { member: string; outsider: string; otherTenant: string; viewer: string };

  const upload = (
    token: string,
    body: Buffer,
    query: string,
    type = 'application/pdf',
    caseId = world.caseId,
  ) =>
    fetch(`${platform.gatewayUrl}/files/casework/cases/${caseId}/documents?${query}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': type },
      body,
    });
  const download = (token: string | null, url: string) =>
    fetch(`${platform.gatewayUrl}${url}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });

  beforeAll(async () => {
    process.env.SISA_CASEWORK_DOCUMENT_MAX_MB = '1';
    platform = await startTestPlatform(['config', 'registry', 'casework']);
    world = await caseWorld(platform.graphqlUrl, 'Comune documenti');
    const tokenOf = async (id: string) =>
      issueToken({ tenantId: world.tenantId, roles: ['CASEWORKER'], subjectId: id });
    const other = await caseWorld(platform.graphqlUrl, 'Altro comune documenti');
    tokens = {
      member: await tokenOf(world.member.id),
      outsider: await tokenOf(world.outsider.id),
      otherTenant: await issueToken({
        tenantId: other.tenantId,
        roles: ['CASEWORKER'],
        subjectId: other.member.id,
      }),
      viewer: await userToken(world.tenantId, ['VIEWER']),
    };
  }, 120_000);
  afterAll(async () => {
    delete process.env.SISA_CASEWORK_DOCUMENT_MAX_MB;
    await platform?.close();
  });

  it('stores a document with its SHA-256 and gives it back, byte for byte, to the équipe only', async () => {
    const res = await upload(
      tokens.member,
      PDF,
      'title=Relazione%20iniziale&kind=RELAZIONE&fileName=relazione%20%C3%A8.pdf',
    );
    expect(res.status).toBe(201);
    const doc = (await res.json()) as {
      id: string;
      sha256: string;
      url: string;
      size: number;
      fileName: string;
    };
    expect(doc).toMatchObject({
      sha256: createHash('sha256').update(PDF).digest('hex'),
      size: PDF.length,
      fileName: 'relazione è.pdf',
    });
    const listed = await world.responsible.api.ok<{
      socialCase: { documents: { id: string; url: string }[] };
    }>(DOCS, {
      id: world.caseId,
    });
    expect(listed.socialCase.documents.map((d) => d.url)).toEqual([doc.url]);
    const got = await download(tokens.member, doc.url);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await got.arrayBuffer()).equals(PDF)).toBe(true);
    // Off the équipe, another comune, a viewer, no token: nothing.
    expect((await download(tokens.outsider, doc.url)).status).toBe(403);
    expect((await download(tokens.otherTenant, doc.url)).status).toBe(404);
    expect((await download(tokens.viewer, doc.url)).status).toBe(404);
    expect((await download(null, doc.url)).status).toBe(401);
    const outside = await world.outsider.api.ok<{ socialCase: { documents: unknown[] } }>(DOCS, {
      id: world.caseId,
    });
    expect(outside.socialCase.documents).toEqual([]);
    // Every download is in the case's access log.
    const log = await world.responsible.api.ok<{
      caseAccessLog: { items: { rootFields: string[] }[] };
    }>(`query A($id: ID!) { caseAccessLog(caseId: $id) { items { rootFields } } }`, {
      id: world.caseId,
    });
    expect(
      log.caseAccessLog.items.some((i) => i.rootFields.includes('GET /files/casework/documents')),
    ).toBe(true);
  });

  it('refuses what is not a document, too large, untitled, of an unknown kind, or not the caller’s to add', async () => {
    const status = async (res: Response) => [
      res.status,
      ((await res.json()) as { code: string }).code,
    ];
    expect(
      await status(
        await upload(
          tokens.member,
          Buffer.from('MZ\x90\x00 eseguibile'),
          'title=x&kind=ALTRO',
          'application/x-msdownload',
        ),
      ),
    ).toEqual([415, 'BAD_USER_INPUT']);
    // Declared a PDF, but its bytes are not.
    expect(
      await status(
        await upload(
          tokens.member,
          Buffer.from('<html><script>alert(1)</script>'),
          'title=x&kind=ALTRO',
        ),
      ),
    ).toEqual([400, 'BAD_USER_INPUT']);
    expect(
      await status(
        await upload(
          tokens.member,
          Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]),
          'title=x&kind=ALTRO',
        ),
      ),
    ).toEqual([413, 'BAD_USER_INPUT']);
    expect(await status(await upload(tokens.member, PDF, 'kind=ALTRO'))).toEqual([
      400,
      'BAD_USER_INPUT',
    ]);
    expect(await status(await upload(tokens.member, PDF, 'title=x&kind=SEGRETO'))).toEqual([
      400,
      'BAD_USER_INPUT',
    ]);
    expect(await status(await upload(tokens.outsider, PDF, 'title=x&kind=ALTRO'))).toEqual([
      403,
      'FORBIDDEN',
    ]);
    expect(await status(await upload(tokens.otherTenant, PDF, 'title=x&kind=ALTRO'))).toEqual([
      404,
      'NOT_FOUND',
    ]);
    // Nothing of it was kept.
    const listed = await world.responsible.api.ok<{ socialCase: { documents: unknown[] } }>(DOCS, {
      id: world.caseId,
    });
    expect(listed.socialCase.documents).toHaveLength(1);
  });
});
