import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { createTestTenant, startTestPlatform, userToken, type TestPlatform } from '@sisa/testing';
import { apiAs, benefitInput, freshFiscalCode, OPS, upload, type Api } from './siussApi';

// Issue 14: the encoding is decided over the whole file (rows are read as UTF-8 while it
// arrives, and read again as Windows-1252 if a byte says so), unreadable characters make a record
// INVALID, rows are reported by their line in the file, XLSX floats are the cents they mean.

const HEADER =
  'CodiceFiscale;Cognome;Nome;AnnoNascita;LuogoNascita;Genere;CodiceCittadinanza;CodiceRegione;CodiceComune;CodiceNazione;PresenzaProvaMezzi;CaratterePrestazione;CodicePrestazione;ProtocolloDomanda;DataErogazionePrestazione;ImportoPrestazione;PresaCarico;Note';

/** An occasional benefit row; `Note` is a column the import ignores (it makes the file long). */
function csvRow(fiscalCode: string, lastName = 'ROSSI', firstName = 'MARIO', note = ''): string {
  return [
    fiscalCode,
    lastName,
    firstName,
    '1975',
    'F205',
    'M',
    'IT',
    '3',
    '15146',
    'Italia',
    '4',
    '2',
    'a1.06',
    'P/1',
    '15/03/2019',
    '120,00',
    '2',
    note || 'x'.repeat(300),
  ].join(';');
}

const TEXT_QUERY = `query T($f: SocialBenefitFilter, $p: Int) { socialBenefits(filter: $f, page: $p, perPage: 200) { total items {
  fiscalCode lastName firstName serviceName requestProtocol status amount issues { field message } } } }`;

interface Listed {
  fiscalCode: string;
  lastName: string;
  firstName: string;
  serviceName: string;
  requestProtocol: string;
  status: string;
  amount: string | null;
  issues: { field: string; message: string }[];
}

describe('import encodings, unreadable characters, line numbers and XLSX cents', () => {
  let platform: TestPlatform;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'siuss']);
  });
  afterAll(() => platform.close());

  /** A tenant of its own for each test, so its records are only the test's. */
  async function freshTenant(name: string): Promise<{ api: Api; token: string }> {
    const token = await userToken((await createTestTenant(name)).id);
    return { api: apiAs(platform.graphqlUrl, token), token };
  }

  /** Every imported record of the tenant, a page of 200 at a time. */
  async function imported(api: Api): Promise<Listed[]> {
    const items: Listed[] = [];
    for (let page = 1; ; page++) {
      const { socialBenefits } = await api.ok<{
        socialBenefits: { total: number; items: Listed[] };
      }>(TEXT_QUERY, { f: { source: 'IMPORT' }, p: page });
      items.push(...socialBenefits.items);
      if (socialBenefits.items.length === 0 || items.length >= socialBenefits.total) return items;
    }
  }

  it('reads a Windows-1252 CSV whose only accented name is on its last (401st) row', async () => {
    const { api, token } = await freshTenant('Comune Codifica');
    const last = freshFiscalCode();
    const lines = [HEADER];
    for (let i = 0; i < 400; i++) lines.push(csvRow(freshFiscalCode()));
    lines.push(csvRow(last, 'COSTÀ', 'NICOLÒ'));
    const body = iconv.encode(lines.join('\r\n') + '\r\n', 'windows-1252');
    expect(body.length).toBeGreaterThan(100_000); // far past the first chunk of the upload
    const { status, body: answer } = await upload(platform.gatewayUrl, token, body, 'format=csv');
    expect(status).toBe(200);
    expect(answer).toMatchObject({ status: 'COMPLETED', rows: 401, accepted: 401, rejected: 0 });
    const items = await imported(api);
    expect(items).toHaveLength(401);
    expect(items.find((i) => i.fiscalCode === last)).toMatchObject({
      lastName: 'COSTÀ',
      firstName: 'NICOLÒ',
      status: 'VALID',
    });
    const stored = JSON.stringify(items);
    expect(stored).not.toContain('\uFFFD');
  });

  it('reads again as Windows-1252 a CSV whose first non-UTF-8 byte comes after rows were stored', async () => {
    // Read as UTF-8 while it arrives, the file's first 20,000 rows are already a chunk moved
    // into the records when its last row shows it is Windows-1252: nothing of that first reading
    // stays (records, rejected rows, counts), the second one is the import.
    const { api, token } = await freshTenant('Comune Codifica Lunga');
    const rows = 20_300;
    const last = freshFiscalCode();
    const lines = [HEADER, csvRow('')]; // no codice fiscale: rejected
    for (let i = 1; i < rows - 1; i++) lines.push(csvRow(freshFiscalCode(), 'ROSSI', 'MARIO', 'x'));
    lines.push(csvRow(last, 'COSTÀ', 'NICOLÒ', 'x'));
    const body = iconv.encode(lines.join('\n') + '\n', 'windows-1252');
    const { status, body: answer } = await upload(platform.gatewayUrl, token, body, 'format=csv');
    expect(status).toBe(200);
    expect(answer).toMatchObject({
      status: 'COMPLETED',
      rows,
      accepted: rows - 1,
      rejected: 1,
      inserted: rows - 1,
    });
    const { importJob } = await api.ok<{
      importJob: { rows: number; rejected: number; errors: { row: number }[]; rejectsUrl: string };
    }>(`query J($id: ID!) { importJob(id: $id) { rows rejected errors { row } rejectsUrl } }`, {
      id: (answer as { jobId: string }).jobId,
    });
    expect(importJob).toMatchObject({ rows, rejected: 1, errors: [{ row: 2 }] });
    // One rejected row in the file of rejects: the first reading's are gone.
    const rejects = await fetch(`${platform.gatewayUrl}${importJob.rejectsUrl}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(rejects.status).toBe(200);
    const rejectLines = (await rejects.text()).trim().split(/\r?\n/);
    expect(rejectLines).toHaveLength(2); // header and the one row
    expect(rejectLines[1]).toContain('valore mancante');
    const { socialBenefits } = await api.ok<{
      socialBenefits: { total: number; items: Listed[] };
    }>(TEXT_QUERY, { f: { source: 'IMPORT' }, p: 1 });
    expect(socialBenefits.total).toBe(rows - 1);
    const found = await api.ok<{ socialBenefits: { items: Listed[] } }>(TEXT_QUERY, {
      f: { fiscalCode: last },
      p: 1,
    });
    expect(found.socialBenefits.items).toEqual([
      expect.objectContaining({ lastName: 'COSTÀ', firstName: 'NICOLÒ', status: 'VALID' }),
    ]);
  }, 120_000);

  it('still reads UTF-8 with accents (no BOM), and an unreadable byte makes the record INVALID', async () => {
    const { api, token } = await freshTenant('Comune UTF-8');
    const accented = freshFiscalCode();
    const utf8 = [HEADER, csvRow(freshFiscalCode()), csvRow(accented, 'COSTÀ', 'NICOLÒ')].join(
      '\n',
    );
    expect((await upload(platform.gatewayUrl, token, utf8, 'format=csv')).body).toMatchObject({
      status: 'COMPLETED',
      accepted: 2,
    });
    expect((await imported(api)).find((i) => i.fiscalCode === accented)).toMatchObject({
      lastName: 'COSTÀ',
      firstName: 'NICOLÒ',
      status: 'VALID',
    });

    // 0x81 is neither UTF-8 nor a Windows-1252 character: the name cannot be read.
    const unreadable = freshFiscalCode();
    const body = Buffer.concat([
      iconv.encode(`${HEADER}\n${csvRow(unreadable, 'COST', 'NICOLÒ')}\n`, 'windows-1252'),
    ]);
    const at = body.indexOf(Buffer.from(';COST;')) + 5;
    const withBadByte = Buffer.concat([
      body.subarray(0, at),
      Buffer.from([0x81]),
      body.subarray(at),
    ]);
    expect(
      (await upload(platform.gatewayUrl, token, withBadByte, 'format=csv')).body,
    ).toMatchObject({ status: 'COMPLETED', accepted: 1 });
    const record = (await imported(api)).find((i) => i.fiscalCode === unreadable)!;
    expect(record.firstName).toBe('NICOLÒ');
    expect(record.status).toBe('INVALID');
    expect(record.issues).toContainEqual({
      field: 'lastName',
      message: expect.stringMatching(
        /^Cognome contiene un carattere non leggibile.*salvare il file in UTF-8 o Windows-1252/,
      ),
    });
  });

  it('makes a record typed with U+FFFD INVALID, on create and on update', async () => {
    const { api } = await freshTenant('Comune Manuale');
    const { createSocialBenefit } = await api.ok<{
      createSocialBenefit: {
        id: string;
        status: string;
        version: number;
        issues: Listed['issues'];
      };
    }>(OPS.create, { i: benefitInput({ lastName: 'ROSS\uFFFD' }) });
    expect(createSocialBenefit.status).toBe('INVALID');
    expect(createSocialBenefit.issues.map((i) => i.field)).toEqual(['lastName']);
    const fixed = await api.ok<{ updateSocialBenefit: { status: string; version: number } }>(
      OPS.update,
      { id: createSocialBenefit.id, i: { lastName: 'ROSSI' }, v: createSocialBenefit.version },
    );
    expect(fixed.updateSocialBenefit.status).toBe('VALID');
    const broken = await api.ok<{
      updateSocialBenefit: { status: string; issues: Listed['issues'] };
    }>(OPS.update, {
      id: createSocialBenefit.id,
      i: { requestProtocol: 'PG\uFFFD77' },
      v: fixed.updateSocialBenefit.version,
    });
    expect(broken.updateSocialBenefit.status).toBe('INVALID');
    expect(broken.updateSocialBenefit.issues[0]!.message).toContain(
      'ProtocolloDomanda contiene un carattere non leggibile',
    );
  });

  it('reports rejected rows by their line in the file, as a spreadsheet numbers it', async () => {
    const { api, token } = await freshTenant('Comune Righe');
    const lines = [
      HEADER, // line 1
      csvRow(freshFiscalCode()), // line 2
      '', // line 3: empty, skipped
      csvRow(freshFiscalCode(), 'ROSSI', 'MARIO', '"una nota\nsu due righe"'), // lines 4-5
      csvRow(''), // line 6: rejected
      csvRow(freshFiscalCode()), // line 7
      csvRow(''), // line 8: rejected
    ];
    const { body } = await upload(platform.gatewayUrl, token, lines.join('\r\n'), 'format=csv');
    expect(body).toMatchObject({ status: 'COMPLETED', rows: 5, accepted: 3, rejected: 2 });
    const { importJob } = await api.ok<{ importJob: { errors: { row: number }[] } }>(
      OPS.importJob,
      { id: body.jobId },
    );
    expect(importJob.errors.map((e) => e.row)).toEqual([6, 8]);

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Prestazioni');
    sheet.getRow(1).values = HEADER.split(';');
    sheet.getRow(2).values = csvRow(freshFiscalCode()).split(';');
    sheet.getRow(4).values = csvRow('').split(';'); // row 3 left empty
    sheet.getRow(5).values = csvRow(freshFiscalCode()).split(';');
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const fromXlsx = await upload(platform.gatewayUrl, token, xlsx, 'format=xlsx');
    expect(fromXlsx.body).toMatchObject({ status: 'COMPLETED', rows: 3, rejected: 1 });
    const job = await api.ok<{ importJob: { errors: { row: number }[] } }>(OPS.importJob, {
      id: fromXlsx.body.jobId,
    });
    expect(job.importJob.errors.map((e) => e.row)).toEqual([4]);
  });

  it('stores the cents an XLSX float or formula means (0.1+0.2 is 0.30)', async () => {
    const { api, token } = await freshTenant('Comune Excel');
    const formula = freshFiscalCode();
    const float = freshFiscalCode();
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Prestazioni');
    const header = HEADER.split(';');
    const amountColumn = header.indexOf('ImportoPrestazione');
    sheet.addRow(header);
    const row = (cf: string, amount: ExcelJS.CellValue) =>
      csvRow(cf)
        .split(';')
        .map((v, i) => (i === amountColumn ? amount : v));
    sheet.addRow(row(formula, { formula: '0.1+0.2', result: 0.1 + 0.2 } as ExcelJS.CellValue));
    sheet.addRow(row(float, 187.49999999999997));
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await upload(platform.gatewayUrl, token, xlsx, 'format=xlsx')).body).toMatchObject({
      status: 'COMPLETED',
      accepted: 2,
    });
    const items = await imported(api);
    expect(items.find((i) => i.fiscalCode === formula)!.amount).toBe('0.30');
    expect(items.find((i) => i.fiscalCode === float)!.amount).toBe('187.50');
  });
});
