import ExcelJS from 'exceljs';
import { spreadsheetPlainText } from '@sisa/italia';
import { createTestTenant, startTestPlatform, userToken, type TestPlatform } from '@sisa/testing';
import { DelimitedTextReader } from '../src/domain/delimitedText';
import { IMPORT_ATTRIBUTES } from '../src/domain/importColumns';
import { apiAs, download, freshFiscalCode, OPS, upload, type Api } from './siussApi';

const JOB = `query J($id: ID!) { importJob(id: $id) { id rejected rejectsUrl rejectsXlsxUrl
  errors { row reasons issues { line column value message field } } } }`;
const COLUMNS = `query C($l: ID) { siussImportColumns(layoutId: $l) { name attribute field label description format example required start length }
  siussImportTemplates(layoutId: $l) { csvUrl xlsxUrl } }`;

interface Job {
  id: string;
  rejected: number;
  rejectsUrl: string;
  rejectsXlsxUrl: string | null;
  errors: {
    row: number;
    reasons: string[];
    issues: { line: number; column: string; value: string; message: string; field: string }[];
  }[];
}

/** The records of a CSV text (BOM dropped), cells as the import reads them back. */
function csvRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  const reader = new DelimitedTextReader(delimiter);
  reader.push(text.replace(/^\uFEFF/, ''), records);
  reader.end(records);
  return records.map((r) => r.map(spreadsheetPlainText));
}

/** A CSV line with every cell quoted (so a cell may hold the delimiter). */
const quotedLine = (cells: string[]) => cells.map((c) => `"${c.replace(/"/g, '""')}"`).join(',');

async function downloadBytes(gatewayUrl: string, token: string, path: string) {
  const response = await fetch(`${gatewayUrl}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

describe('import reports through the gateway: messages, rejects, templates', () => {
  let platform: TestPlatform;
  let api: Api;
  let token: string;
  let otherToken: string;
  let tenantId: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'siuss']);
    tenantId = (await createTestTenant('Comune Scarti')).id;
    token = await userToken(tenantId);
    otherToken = await userToken((await createTestTenant('Altro Comune Scarti')).id);
    api = apiAs(platform.graphqlUrl, token);
  });
  afterAll(() => platform.close());

  const job = async (id: string) => (await api.ok<{ importJob: Job }>(JOB, { id })).importJob;

  it('names the columns as the layout does, gives back the rejected rows as they were, and imports them once fixed', async () => {
    const { saveImportLayout: layout } = await api.ok<{ saveImportLayout: { id: string } }>(
      OPS.saveLayout,
      {
        i: {
          name: 'Gestionale servizi',
          kind: 'COLUMN_MAPPING',
          columns: [
            { attribute: 'CodiceFiscale', header: 'CF' },
            { attribute: 'ImportoPrestazione', header: 'Importo erogato' },
            { attribute: 'DataErogazionePrestazione', header: 'Data pagamento' },
          ],
        },
      },
    );
    const header = [
      'CF',
      'Cognome',
      'Nome',
      'PresenzaProvaMezzi',
      'CaratterePrestazione',
      'CodicePrestazione',
      'ProtocolloDomanda',
      'Data pagamento',
      'Importo erogato',
      'PresaCarico',
      'Note, interne',
    ];
    const row = (over: Partial<Record<string, string>>) => {
      const v: Record<string, string> = {
        CF: freshFiscalCode(),
        Cognome: 'Rossi',
        Nome: 'Anna',
        PresenzaProvaMezzi: '4',
        CaratterePrestazione: '2',
        CodicePrestazione: 'A1.06',
        ProtocolloDomanda: 'P/1',
        'Data pagamento': '15/03/2019',
        'Importo erogato': '1.250,50',
        PresaCarico: '2',
        'Note, interne': 'da verificare; urgente',
        ...over,
      };
      return header.map((h) => v[h]!);
    };
    const good = row({});
    const decimals = row({ 'Importo erogato': '12,345' });
    const formula = row({ Cognome: '=1+1', 'Data pagamento': '31/02/2019' });
    const noCode = row({ CF: '' });
    const source = [header, good, decimals, formula, noCode];
    const csv = source.map(quotedLine).join('\r\n') + '\r\n';
    const { body } = await upload(
      platform.gatewayUrl,
      token,
      csv,
      `format=csv&layout=${layout.id}`,
    );
    expect(body).toMatchObject({ status: 'COMPLETED', rows: 4, accepted: 1, rejected: 3 });

    const imported = await job(body.jobId);
    expect(imported.rejectsXlsxUrl).toBeNull();
    expect(imported.errors[0]).toEqual({
      row: 3,
      reasons: [
        'Riga 3, colonna "Importo erogato": "12,345" non è un importo valido (al massimo due decimali)',
      ],
      issues: [
        {
          line: 3,
          column: 'Importo erogato',
          value: '12,345',
          message: 'non è un importo valido (al massimo due decimali)',
          field: 'amount',
        },
      ],
    });
    expect(imported.errors[1]!.reasons).toEqual([
      'Riga 4, colonna "Data pagamento": "31/02/2019" non è una data valida (gg/mm/aaaa)',
    ]);
    expect(imported.errors[2]!.issues).toEqual([
      {
        line: 5,
        column: 'CF',
        value: '',
        message: 'valore mancante (obbligatorio)',
        field: 'fiscalCode',
      },
    ]);

    // The rejects: the file's own header and delimiter, the rows as they were, and «Motivi».
    const rejects = await download(platform.gatewayUrl, token, imported.rejectsUrl);
    expect(rejects.status).toBe(200);
    const bytes = (await downloadBytes(platform.gatewayUrl, token, imported.rejectsUrl)).bytes;
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // UTF-8 with BOM
    expect(rejects.text.startsWith('CF,Cognome,')).toBe(true);
    expect(rejects.text).toContain(`,'=1+1,`); // a spreadsheet shows it as text
    const records = csvRecords(rejects.text, ',');
    expect(records).toEqual([
      [...header, 'Motivi'],
      [...decimals, imported.errors[0]!.reasons.join('; ')],
      [...formula, imported.errors[1]!.reasons.join('; ')],
      [...noCode, imported.errors[2]!.reasons.join('; ')],
    ]);

    // Fixed where the reasons say, the file of rejects imports as it is (Motivi is ignored).
    const fixed = rejects.text
      .replace('12,345', '12,34')
      .replace('31/02/2019', '28/02/2019')
      .replace(/\r\n,/, `\r\n${freshFiscalCode()},`);
    const again = await upload(platform.gatewayUrl, token, fixed, `format=csv&layout=${layout.id}`);
    expect(again.body).toMatchObject({ status: 'COMPLETED', rows: 3, accepted: 3, rejected: 0 });
    const { socialBenefits } = await api.ok<{ socialBenefits: { items: { id: string }[] } }>(
      OPS.list,
      { f: { source: 'IMPORT' }, pp: 200 },
    );
    const names = await Promise.all(
      socialBenefits.items.map(
        async (i) =>
          (
            await api.ok<{ socialBenefit: { lastName: string; amount: string } }>(OPS.benefit, {
              id: i.id,
            })
          ).socialBenefit,
      ),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ lastName: '=1+1' }),
        expect.objectContaining({ amount: '12.34' }),
      ]),
    );

    // Only the tenant that imported sees its rejects.
    expect((await download(platform.gatewayUrl, otherToken, imported.rejectsUrl)).status).toBe(404);
  });

  it('gives back the rejected rows of an XLSX as XLSX, numbers and dates as they were', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Dati');
    const header = [
      'CodiceFiscale',
      'PresenzaProvaMezzi',
      'CaratterePrestazione',
      'CodicePrestazione',
      'ProtocolloDomanda',
      'DataErogazionePrestazione',
      'ImportoPrestazione',
      'PresaCarico',
    ];
    sheet.addRow(header);
    sheet.addRow([freshFiscalCode(), 4, 2, 'A1.06', 'P/2', new Date('2019-03-15'), 99.5, 2]);
    const cf = freshFiscalCode();
    sheet.addRow([cf, 4, 2, 'A1.06', 'P/3', new Date('2019-03-16'), 120.25, 'forse']);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const { body } = await upload(platform.gatewayUrl, token, xlsx, 'format=xlsx');
    expect(body).toMatchObject({ status: 'COMPLETED', accepted: 1, rejected: 1 });
    const imported = await job(body.jobId);
    expect(imported.rejectsXlsxUrl).toBe(`/files/siuss/imports/${body.jobId}/rejects.xlsx`);
    const file = await downloadBytes(platform.gatewayUrl, token, imported.rejectsXlsxUrl!);
    expect(file.status).toBe(200);
    const rejects = new ExcelJS.Workbook();
    await rejects.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const serial = (Date.UTC(2019, 2, 16) - Date.UTC(1899, 11, 30)) / 86_400_000;
    const rows = rejects.worksheets[0]!.getSheetValues().filter(Boolean) as unknown[][];
    expect(rows.map((r) => r.slice(1))).toEqual([
      [...header, 'Motivi'],
      [
        cf,
        4,
        2,
        'A1.06',
        'P/3',
        // Styles are not read: a date is the serial number the file holds.
        serial,
        120.25,
        'forse',
        'Riga 3, colonna "PresaCarico": "forse" non è 1 (sì) o 2 (no)',
      ],
    ]);
    // The CSV of the same rejects, for who prefers it.
    const csv = await download(platform.gatewayUrl, token, imported.rejectsUrl);
    expect(csvRecords(csv.text, ';')[1]).toEqual([
      cf,
      '4',
      '2',
      'A1.06',
      'P/3',
      String(serial),
      '120,25',
      'forse',
      'Riga 3, colonna "PresaCarico": "forse" non è 1 (sì) o 2 (no)',
    ]);
  });

  it('names the fields of a fixed-width layout, and gives back its rejected lines cut into them', async () => {
    const { saveImportLayout: layout } = await api.ok<{ saveImportLayout: { id: string } }>(
      OPS.saveLayout,
      {
        i: {
          name: 'Larghezza fissa scarti',
          kind: 'FIXED_WIDTH',
          columns: [
            { attribute: 'CodiceFiscale', start: 1, length: 16 },
            { attribute: 'PresenzaProvaMezzi', start: 17, length: 1 },
            { attribute: 'CaratterePrestazione', start: 18, length: 1 },
            { attribute: 'CodicePrestazione', start: 19, length: 5 },
            { attribute: 'ProtocolloDomanda', start: 24, length: 10 },
            { attribute: 'DataErogazionePrestazione', start: 34, length: 10 },
            { attribute: 'ImportoPrestazione', start: 44, length: 10, header: 'IMPORTO' },
            { attribute: 'PresaCarico', start: 54, length: 1 },
          ],
        },
      },
    );
    const cf = freshFiscalCode();
    const line = `${cf}42A1.06PROT-00001${'01/04/2019'}${'12,345'.padStart(10)}2`;
    const { body } = await upload(
      platform.gatewayUrl,
      token,
      `${line}\n`,
      `format=txt&layout=${layout.id}`,
    );
    expect(body).toMatchObject({ status: 'COMPLETED', rejected: 1 });
    const imported = await job(body.jobId);
    expect(imported.errors[0]!.reasons).toEqual([
      'Riga 1, colonna "IMPORTO": "    12,345" non è un importo valido (al massimo due decimali)',
    ]);
    const rejects = await download(platform.gatewayUrl, token, imported.rejectsUrl);
    expect(csvRecords(rejects.text, ';')).toEqual([
      [
        'CodiceFiscale',
        'PresenzaProvaMezzi',
        'CaratterePrestazione',
        'CodicePrestazione',
        'ProtocolloDomanda',
        'DataErogazionePrestazione',
        'IMPORTO',
        'PresaCarico',
        'Motivi',
      ],
      [
        cf,
        '4',
        '2',
        'A1.06',
        'PROT-00001',
        '01/04/2019',
        '    12,345',
        '2',
        imported.errors[0]!.reasons[0],
      ],
    ]);
  });

  it('serves templates and the column help, standard and per layout', async () => {
    const standard = await api.ok<{
      siussImportColumns: { name: string; required: boolean; description: string }[];
      siussImportTemplates: { csvUrl: string; xlsxUrl: string };
    }>(COLUMNS, {});
    expect(standard.siussImportColumns.map((c) => c.name)).toEqual(IMPORT_ATTRIBUTES);
    expect(standard.siussImportColumns[0]).toMatchObject({
      name: 'CodiceFiscale',
      required: true,
      description: 'Codice fiscale del beneficiario.',
    });
    const csv = await download(platform.gatewayUrl, token, standard.siussImportTemplates.csvUrl);
    expect(csv.status).toBe(200);
    expect(csvRecords(csv.text, ';')[0]).toEqual(IMPORT_ATTRIBUTES);
    // The sample row imports as it is, into a valid record.
    const sample = await upload(platform.gatewayUrl, token, csv.text, 'format=csv');
    expect(sample.body).toMatchObject({ status: 'COMPLETED', accepted: 1, rejected: 0 });

    const { saveImportLayout: layout } = await api.ok<{ saveImportLayout: { id: string } }>(
      OPS.saveLayout,
      {
        i: {
          name: 'Tracciato modello',
          kind: 'COLUMN_MAPPING',
          columns: [
            { attribute: 'CodiceFiscale', header: 'Codice fiscale' },
            { attribute: 'ImportoMensile', header: 'Importo al mese' },
          ],
        },
      },
    );
    const mapped = await api.ok<{
      siussImportColumns: { name: string; label: string; format: string }[];
      siussImportTemplates: { xlsxUrl: string };
    }>(COLUMNS, { l: layout.id });
    expect(mapped.siussImportColumns.map((c) => [c.name, c.label])).toEqual([
      ['Codice fiscale', 'Codice fiscale'],
      ['Importo al mese', 'Importo mensile'],
    ]);
    const xlsx = await downloadBytes(
      platform.gatewayUrl,
      token,
      mapped.siussImportTemplates.xlsxUrl,
    );
    expect(xlsx.status).toBe(200);
    expect(xlsx.type).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Prestazioni', 'Istruzioni']);
    expect(workbook.worksheets[0]!.getRow(1).values).toEqual([
      undefined,
      'Codice fiscale',
      'Importo al mese',
    ]);
    expect(workbook.worksheets[0]!.getRow(2).values).toEqual([
      undefined,
      'RSSMRA80A01F205X',
      '187,50',
    ]);
    expect(workbook.worksheets[1]!.getRow(3).getCell(1).value).toBe('Importo al mese');

    // Another tenant's layout, an unknown one, no token: nothing.
    expect(
      (await download(platform.gatewayUrl, otherToken, mapped.siussImportTemplates.xlsxUrl)).status,
    ).toBe(404);
    expect(
      (await apiAs(platform.graphqlUrl, otherToken).ok(COLUMNS, { l: layout.id }))
        .siussImportColumns,
    ).toBeNull();
    expect(
      (await download(platform.gatewayUrl, token, '/files/siuss/import-templates/nessuno.csv'))
        .status,
    ).toBe(404);
    expect(
      (await fetch(`${platform.gatewayUrl}${standard.siussImportTemplates.csvUrl}`)).status,
    ).toBe(401);
  });

  it('labels the issues of a stored record in Italian', async () => {
    const { createSocialBenefit } = await api.ok<{
      createSocialBenefit: { issues: { field: string; message: string }[]; id: string };
    }>(OPS.create, {
      i: {
        fiscalCode: freshFiscalCode(),
        lastName: 'Verdi',
        firstName: 'Anna',
        birthYear: 1970,
        birthPlaceCode: 'F205',
        sex: 'F',
        citizenshipCode: '380',
        residence: { regionCode: '03', municipalityCode: '015146', countryCode: '380' },
        serviceCode: 'A1.04',
        meansTest: 'NONE',
        character: 'PERIODIC',
        requestProtocol: 'PG-1',
        startDate: '2018-06-01',
        takenInCharge: false,
      },
    });
    const { socialBenefit } = await api.ok<{
      socialBenefit: { issues: { field: string; label: string }[] };
    }>(`query B($id: ID!) { socialBenefit(id: $id) { issues { field label } } }`, {
      id: createSocialBenefit.id,
    });
    expect(socialBenefit.issues).toContainEqual({
      field: 'monthlyAmount',
      label: 'Importo mensile',
    });
  });

  it('writes a read-audit row for each download of the rejected rows, none for a refused one', async () => {
    const csv = ['CF;Cognome', `${freshFiscalCode()};`].join('\r\n');
    const { body } = await upload(platform.gatewayUrl, token, csv, 'format=csv');
    const jobId = (body as { jobId: string }).jobId;
    const url = `/files/siuss/imports/${jobId}/rejects.csv`;
    expect((await download(platform.gatewayUrl, otherToken, url)).status).toBe(404);
    expect((await download(platform.gatewayUrl, token, url)).status).toBe(200);
    const admin = await userToken(tenantId, ['TENANT_ADMIN']);
    const log = await apiAs(platform.graphqlUrl, admin).ok<{
      siussReadAuditLog: { total: number; items: { rootFields: string[]; records: unknown[] }[] };
    }>(
      `query($f: ReadAuditFilter) { siussReadAuditLog(filter: $f) { total items { rootFields records { type ids } } } }`,
      { f: { recordId: jobId } },
    );
    expect(log.siussReadAuditLog).toEqual({
      total: 1,
      items: [{ rootFields: [`GET ${url}`], records: [{ type: 'ImportJob', ids: [jobId] }] }],
    });
  });
});
