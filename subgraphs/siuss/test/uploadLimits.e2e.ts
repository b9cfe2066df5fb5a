import { randomBytes } from 'node:crypto';
import ExcelJS from 'exceljs';
import { createTestTenant, startTestPlatform, userToken, type TestPlatform } from '@sisa/testing';
import { apiAs, freshFiscalCode, OPS, upload, type Api } from './siussApi';
import {
  repeatedSharedStrings,
  sharedStrings,
  workbookParts,
  zipFile,
  type ZipPart,
} from './zipFiles';

// Small limits for this file, so the attacks past them stay quick to send.
process.env.SISA_UPLOAD_MAX_MB = '30';
process.env.SISA_XLSX_MAX_SHARED_STRINGS = '200000';
process.env.SISA_IMPORTS_MAX_CONCURRENT = '2';

const HEADER = 'CodiceFiscale;Cognome;Nome;CodicePrestazione;DataErogazionePrestazione';
const row = () => `${freshFiscalCode()};Rossi;Anna;A1.06;15/03/2019`;

/** Sends `chunks` as a chunked body (no Content-Length), as a slow or endless client would. */
async function uploadStream(
  gatewayUrl: string,
  token: string,
  chunks: AsyncIterable<Buffer | string>,
  params: string,
) {
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      try {
        for await (const chunk of chunks) controller.enqueue(Buffer.from(chunk));
        controller.close();
      } catch {
        // the server stopped reading: nothing left to send
      }
    },
  });
  const response = await fetch(`${gatewayUrl}/files/siuss/imports?${params}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body,
    duplex: 'half',
  } as RequestInit);
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as { jobId?: string; status?: string; error?: string },
  };
}

async function* repeated(chunk: string, bytes: number): AsyncGenerator<string> {
  for (let sent = 0; sent < bytes; sent += chunk.length) yield chunk;
}

const XLSX_HEADER = [
  'CodiceFiscale',
  'Cognome',
  'Nome',
  'AnnoNascita',
  'LuogoNascita',
  'Genere',
  'CodiceCittadinanza',
  'CodiceRegione',
  'CodiceComune',
  'CodiceNazione',
  'PresenzaProvaMezzi',
  'CaratterePrestazione',
  'CodicePrestazione',
  'ProtocolloDomanda',
  'DataErogazionePrestazione',
  'ImportoPrestazione',
  'PresaCarico',
];
const XLSX_REST = ['Anna', '1975', 'F205', 'M', 'IT', '3', '15146', 'Italia', '4', '2', 'a1.06'];

const xlsx = (parts: ZipPart[]) => zipFile(parts);

describe('uploads are bounded', () => {
  let platform: TestPlatform;
  let token: string;
  let api: Api;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'siuss']);
    const tenant = await createTestTenant('Comune Limiti');
    token = await userToken(tenant.id);
    api = apiAs(platform.graphqlUrl, token);
  });
  afterAll(() => platform.close());

  it('refuses a 60 MB CSV without a line break at once, naming the line (422, not 413)', async () => {
    // Past the 30 MB upload limit: only a refusal at the long line, not at the size, answers 422.
    const { status, body } = await uploadStream(
      platform.gatewayUrl,
      token,
      repeated('x'.repeat(64 * 1024), 60 * 1024 * 1024),
      'format=csv',
    );
    expect(status).toBe(422);
    expect(body.error).toMatch(/riga 1 supera 65536 caratteri/);
  }, 10_000);

  it('refuses a line past the limit after a good header, and a row with too many columns', async () => {
    const long = await uploadStream(
      platform.gatewayUrl,
      token,
      (async function* () {
        yield `${HEADER}\n${row()}\n`;
        yield* repeated('y'.repeat(64 * 1024), 60 * 1024 * 1024);
      })(),
      'format=csv',
    );
    expect(long.status).toBe(422);
    expect(long.body.error).toMatch(/riga 3 supera/);
    const wide = await upload(
      platform.gatewayUrl,
      token,
      `${HEADER}\n${row()}${';x'.repeat(500)}\n`,
      'format=csv',
    );
    expect(wide.status).toBe(422);
    expect(wide.body.error).toMatch(/riga 2 ha più di 200 colonne/);
  }, 10_000);

  it('refuses a fixed-width TXT line past the limit', async () => {
    const { saveImportLayout } = await api.ok<{ saveImportLayout: { id: string } }>(
      OPS.saveLayout,
      {
        i: {
          name: 'Larghezza fissa limiti',
          kind: 'FIXED_WIDTH',
          columns: [{ attribute: 'CodiceFiscale', start: 1, length: 16 }],
        },
      },
    );
    const { status, body } = await uploadStream(
      platform.gatewayUrl,
      token,
      repeated('z'.repeat(64 * 1024), 25 * 1024 * 1024),
      `format=txt&layout=${saveImportLayout.id}`,
    );
    expect(status).toBe(422);
    expect(body.error).toMatch(/riga 1 supera/);
  }, 10_000);

  it('answers 413 when a chunked upload passes the size limit, and when Content-Length says so', async () => {
    // A tenant of its own: the refused import still winds down while the next tests run.
    const ownToken = await userToken((await createTestTenant('Comune Limiti 413')).id);
    const line = `${row()}\n`;
    const chunked = await uploadStream(
      platform.gatewayUrl,
      ownToken,
      (async function* () {
        // Blank lines: the reader skips them, so only the size stops this upload.
        yield `${HEADER}\n${line}`;
        yield* repeated('\n'.repeat(64 * 1024), 60 * 1024 * 1024);
      })(),
      'format=csv',
    );
    expect(chunked.status).toBe(413);
    expect(chunked.body.error).toBe('File troppo grande: al massimo 30 MB');

    const declared = await fetch(`${platform.gatewayUrl}/files/siuss/imports?format=csv`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ownToken}` },
      body: Buffer.alloc(31 * 1024 * 1024, 'a'),
    });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: string }).error).toMatch(/al massimo 30 MB/);
  }, 15_000);

  it('refuses an XLSX zip bomb of 9 million shared strings from its central directory', async () => {
    const bomb = xlsx(workbookParts([[0]], repeatedSharedStrings(9_000_000)));
    expect(bomb.length).toBeLessThan(1.5 * 1024 * 1024);
    const { status, body } = await upload(platform.gatewayUrl, token, bomb, 'format=xlsx');
    expect(status).toBe(422);
    expect(body.error).toMatch(/sharedStrings\.xml .* compressa più di 100 volte/);
  }, 20_000);

  it('stops a part that inflates past the size its central directory declares', async () => {
    const part = { ...repeatedSharedStrings(9_000_000), declaredSize: 900_000 };
    const { status, body } = await upload(
      platform.gatewayUrl,
      token,
      xlsx(workbookParts([[0]], part)),
      'format=xlsx',
    );
    expect(status).toBe(422);
    expect(body.error).toBe(
      'La parte xl/sharedStrings.xml del file XLSX non ha la dimensione che il file dichiara',
    );
  }, 20_000);

  it('refuses more shared strings than the limit, and a zip of thousands of parts', async () => {
    const texts = Array.from({ length: 200_001 }, (_, i) => `t${i}`);
    const many = await upload(
      platform.gatewayUrl,
      token,
      xlsx(workbookParts([[0]], sharedStrings(texts))),
      'format=xlsx',
    );
    expect(many.status).toBe(422);
    expect(many.body.error).toMatch(/più di 200000 testi distinti/);

    const parts = Array.from({ length: 2000 }, (_, i) => ({
      name: `xl/media/p${i}.xml`,
      data: Buffer.from('<a/>'),
    }));
    const crowded = await upload(
      platform.gatewayUrl,
      token,
      xlsx([...workbookParts([[0]], sharedStrings(['CodiceFiscale'])), ...parts]),
      'format=xlsx',
    );
    expect(crowded.status).toBe(422);
    expect(crowded.body.error).toMatch(/2005 parti: al massimo 1000/);
  }, 20_000);

  it('refuses a cell text of megabytes in an XLSX', async () => {
    const { status, body } = await upload(
      platform.gatewayUrl,
      token,
      // Random text: it compresses little, so only the length of the text can stop it.
      xlsx(workbookParts([[0]], sharedStrings([randomBytes(3 * 1024 * 1024).toString('hex')]))),
      'format=xlsx',
    );
    expect(status).toBe(422);
    expect(body.error).toMatch(/testo di oltre 256 KB/);
  }, 10_000);

  it('imports an XLSX of thousands of distinct strings read back from disk, in order', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Prestazioni');
    sheet.addRow(XLSX_HEADER);
    const codes: string[] = [];
    const used = new Set<string>();
    for (let i = 0; i < 6000; i++) {
      let code = freshFiscalCode();
      while (used.has(code)) code = freshFiscalCode();
      used.add(code);
      codes.push(code);
      sheet.addRow([code, `Cognome${i}àè`, ...XLSX_REST, `P/${i}`, '15/03/2019', 100, '2']);
    }
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const { status, body } = await upload(platform.gatewayUrl, token, file, 'format=xlsx');
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'COMPLETED', rows: 6000, accepted: 6000 });
    const { socialBenefits } = await api.ok<{
      socialBenefits: { items: { fiscalCode: string }[] };
    }>(OPS.list, { f: { fiscalCode: codes[5999] } });
    expect(socialBenefits.items.map((b) => b.fiscalCode)).toEqual([codes[5999]]);
  }, 30_000);

  it('lets one import per comune run and a few in all (429/503 with Retry-After), other comuni answered meanwhile', async () => {
    const tenants = await Promise.all(
      ['Comune Coda A', 'Comune Coda B', 'Comune Coda C'].map(async (name) =>
        userToken((await createTestTenant(name)).id),
      ),
    );
    const [a, b, c] = tenants as [string, string, string];
    // Two uploads that stay open until told to end: they hold both slots of the service.
    const ends: (() => void)[] = [];
    const held = (t: string) =>
      uploadStream(
        platform.gatewayUrl,
        t,
        (async function* () {
          yield `${HEADER}\n${row()}\n`;
          await new Promise<void>((resolve) => ends.push(resolve));
        })(),
        'format=csv',
      );
    const first = held(a);
    const second = held(b);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const once = async function* () {
      yield `${HEADER}\n${row()}\n`;
    };
    const again = await uploadStream(platform.gatewayUrl, a, once(), 'format=csv');
    expect(again.status).toBe(429);
    expect(again.retryAfter).toBe('30');
    expect(again.body.error).toMatch(/già in corso un.importazione per questo ente/);
    const third = await uploadStream(platform.gatewayUrl, c, once(), 'format=csv');
    expect(third.status).toBe(503);
    expect(third.retryAfter).toBe('60');
    expect(third.body.error).toMatch(/Troppe importazioni in corso/);

    ends.forEach((end) => end());
    expect((await first).body).toMatchObject({ status: 'COMPLETED', rows: 1 });
    expect((await second).body).toMatchObject({ status: 'COMPLETED', rows: 1 });
    const later = await upload(platform.gatewayUrl, c, `${HEADER}\n${row()}\n`, 'format=csv');
    expect(later.status).toBe(200);

    // While a large import runs (60,000 rows, 3 MB), another comune's queries are answered.
    const rows = Array.from({ length: 60_000 }, () => row()).join('\n');
    const large = upload(platform.gatewayUrl, a, `${HEADER}\n${rows}\n`, 'format=csv');
    let done = false;
    void large.finally(() => (done = true));
    const latencies: number[] = [];
    while (!done) {
      const start = Date.now();
      await apiAs(platform.graphqlUrl, c).ok(OPS.list, {});
      latencies.push(Date.now() - start);
    }
    expect((await large).body).toMatchObject({ status: 'COMPLETED', rows: 60_000 });
    expect(latencies.length).toBeGreaterThan(3);
    expect(Math.max(...latencies)).toBeLessThan(1000);
  }, 60_000);
});
