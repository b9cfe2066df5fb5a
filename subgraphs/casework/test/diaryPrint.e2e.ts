import { execFile } from 'node:child_process';
import {
  issueToken,
  startTestPlatform,
  testDatabase,
  withClient,
  type TestPlatform,
} from '@sisa/testing';
import { caseWorld, type CaseWorld } from './support/world';

const WRITE = `mutation W($c: ID!, $i: DiaryEntryInput!) { writeDiaryEntry(caseId: $c, input: $i) { id } }`;
const SIGN = `mutation S($id: ID!) { signDiaryEntry(id: $id) { id } }`;

// pdf.js loads its worker with a dynamic import, which jest's module sandbox refuses: the text is
// read by a plain Node process (pdf-parse), the PDF on its standard input.
const EXTRACT = `const { PDFParse } = require('pdf-parse');
const chunks = [];
process.stdin.on('data', (c) => chunks.push(c)).on('end', async () => {
  const parsed = await new PDFParse({ data: Buffer.concat(chunks) }).getText();
  process.stdout.write(parsed.text);
});`;

async function textOf(res: Response): Promise<string> {
  const pdf = Buffer.from(await res.arrayBuffer());
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.execPath,
      ['-e', EXTRACT],
      { cwd: __dirname },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
    child.stdin!.end(pdf);
  });
}

describe('Cartella sociale: il diario stampabile', () => {
  let platform: TestPlatform;
  let world: CaseWorld;
  let token: { responsible: string; member: string; outsider: string };

  const print = (who: string, query = '', caseId = world.caseId) =>
    fetch(`${platform.gatewayUrl}/files/casework/cases/${caseId}/diary.pdf${query}`, {
      headers: { authorization: `Bearer ${who}` },
    });

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'casework']);
    world = await caseWorld(platform.graphqlUrl, 'Comune diario stampato');
    const as = (id: string) =>
      issueToken({ tenantId: world.tenantId, roles: ['CASEWORKER'], subjectId: id });
    token = {
      responsible: await as(world.responsible.id),
      member: await as(world.member.id),
      outsider: await as(world.outsider.id),
    };
    const day = (n: number) => new Date(Date.now() - n * 86_400_000);
    const write = async (
      n: number,
      text: string,
      over: Record<string, unknown> = {},
      sign = true,
    ) => {
      const { writeDiaryEntry } = await world.member.api.ok<{ writeDiaryEntry: { id: string } }>(
        WRITE,
        {
          c: world.caseId,
          i: {
            occurredAt: day(n).toISOString(),
            kind: 'COLLOQUIO',
            text,
            participants: ['Madre'],
            ...over,
          },
        },
      );
      if (sign) await world.member.api.ok(SIGN, { id: writeDiaryEntry.id });
    };
    await write(10, 'Colloquio con la signora Nguyễn: perché così? “Va meglio”.');
    await write(5, 'Visita a casa, tutto in ordine.', { kind: 'VISITA_DOMICILIARE' });
    await write(3, 'Riferito un episodio di violenza.', { confidentiality: 'RESTRICTED' });
    await write(1, 'Bozza non ancora firmata.', {}, false);
  }, 120_000);
  afterAll(() => platform?.close());

  it('prints the signed entries of the period, with every letter as typed and the kinds by name', async () => {
    const res = await print(token.member);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const text = await textOf(res);
    expect(text).toContain('Colloquio con la signora Nguyễn: perché così? “Va meglio”.');
    expect(text).toContain('Visita domiciliare');
    expect(text).toContain('Riferito un episodio di violenza.'); // its author
    expect(text).not.toContain('Bozza non ancora firmata.');
    const recent = await textOf(
      await print(
        token.member,
        `?from=${new Date(Date.now() - 6 * 86_400_000).toISOString().slice(0, 10)}`,
      ),
    );
    expect(recent).toContain('Visita a casa');
    expect(recent).not.toContain('Nguyễn');
  });

  it('lays out a long diary in a thread of its own, two at a time, bounded in text', async () => {
    const long = await caseWorld(platform.graphqlUrl, 'Comune diario lungo');
    const author = await issueToken({
      tenantId: long.tenantId,
      roles: ['CASEWORKER'],
      subjectId: long.member.id,
    });
    // 1,400 signed entries of 1,530 characters: 2.1 million, under the 3 million of a printout.
    const addEntries = (count: number, repeats: number) =>
      withClient(testDatabase().serviceUrls.casework!, async (db) => {
        await db.query('begin');
        await db.query("select set_config('app.tenant_id', $1, true)", [long.tenantId]);
        await db.query(
          `insert into casework.diary_entry (id, tenant_id, case_id, occurred_at, kind, text, author_id,
             author_name, confidentiality, participants, signed_at, amends_id, created_at, updated_at)
           select gen_random_uuid(), $1, $2, now() - make_interval(mins => n), 'COLLOQUIO',
                  repeat('Colloquio con la madre sulla frequenza scolastica. ', $5::int), $3, 'Operatore',
                  'NORMAL', array['Madre'], now(), null, now(), now()
             from generate_series(1, $4::int) n`,
          [long.tenantId, long.caseId, long.member.id, count, repeats],
        );
        await db.query('commit');
      });
    await addEntries(1400, 30);
    const printLong = () =>
      fetch(`${platform.gatewayUrl}/files/casework/cases/${long.caseId}/diary.pdf`, {
        headers: { authorization: `Bearer ${author}` },
      });

    // While the first printout is laid out, the same process answers a query at once: the
    // query's answer comes before the printout's first byte.
    const order: string[] = [];
    const printing = printLong().then((res) => {
      order.push('print');
      return res;
    });
    await new Promise((r) => setTimeout(r, 400));
    await long.member.api.ok(`query Q($id: ID!) { socialCase(id: $id) { number } }`, {
      id: long.caseId,
    });
    order.push('query');
    const first = await printing;
    expect(order).toEqual(['query', 'print']);
    expect(first.status).toBe(200);
    expect((await first.arrayBuffer()).byteLength).toBeGreaterThan(100_000);

    // Three at once: two are laid out, the third is told to try again.
    const three = await Promise.all([printLong(), printLong(), printLong()]);
    expect(three.map((r) => r.status).sort()).toEqual([200, 200, 429]);
    expect(three.find((r) => r.status === 429)!.headers.get('retry-after')).toBe('5');
    await Promise.all(three.map((r) => r.arrayBuffer()));
    const after = await printLong();
    expect(after.status).toBe(200);
    await after.arrayBuffer();

    // Past 3 million characters: a shorter period, before any text is read.
    await addEntries(20, 1000);
    const tooLong = await printLong();
    expect(tooLong.status).toBe(400);
    expect(JSON.stringify(await tooLong.json())).toContain('caratteri di testo');
  }, 120_000);

  it('keeps restricted entries to who may read them, and the diary to the équipe', async () => {
    // The responsible reads the restricted entry; a caseworker off the équipe reads nothing.
    expect(await textOf(await print(token.responsible))).toContain('episodio di violenza');
    const outsider = await print(token.outsider);
    expect(outsider.status).toBe(403);
    const other = await caseWorld(platform.graphqlUrl, 'Altro comune diario');
    const foreign = await issueToken({
      tenantId: other.tenantId,
      roles: ['CASEWORKER'],
      subjectId: other.member.id,
    });
    expect((await print(foreign)).status).toBe(404);
    expect((await print(token.member, '?from=2026-13-01')).status).toBe(400);
    expect((await print(token.member, '?from=2026-05-02&to=2026-05-01')).status).toBe(400);
    const log = await world.responsible.api.ok<{
      caseAccessLog: { items: { rootFields: string[] }[] };
    }>(`query A($id: ID!) { caseAccessLog(caseId: $id) { items { rootFields } } }`, {
      id: world.caseId,
    });
    expect(
      log.caseAccessLog.items.some((i) =>
        i.rootFields.includes('GET /files/casework/cases/diary.pdf'),
      ),
    ).toBe(true);
  });
});
