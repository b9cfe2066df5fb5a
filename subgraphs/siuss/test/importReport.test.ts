import ExcelJS from 'exceljs';
import { spreadsheetPlainText } from '@sisa/italia';
import { DelimitedTextReader } from '../src/domain/delimitedText';
import {
  fieldLabel,
  IMPORT_ATTRIBUTES,
  IMPORT_COLUMNS,
  importColumnSpec,
} from '../src/domain/importColumns';
import { issueText, locateIssue } from '../src/domain/importIssues';
import { benefitFromRow } from '../src/domain/importRow';
import {
  instructionRows,
  sampleRow,
  templateColumns,
  templateCsv,
} from '../src/domain/importTemplate';
import { rawCellText, rejectsCsvHeader, rejectsCsvLine } from '../src/domain/rejectsFile';
import { validateBenefit } from '../src/domain/validation';
import { templateXlsx } from '../src/http/importDownloads';

describe('the column catalogue', () => {
  it('describes every attribute an import reads, in the order of the standard header', () => {
    expect(IMPORT_COLUMNS.map((c) => c.attribute)).toEqual(IMPORT_ATTRIBUTES);
    for (const c of IMPORT_COLUMNS) {
      expect(c.label).not.toBe('');
      expect(c.description).not.toBe('');
      expect(c.format).not.toBe('');
    }
    expect(IMPORT_COLUMNS.filter((c) => c.required).map((c) => c.attribute)).toEqual([
      'CodiceFiscale',
      'PresenzaProvaMezzi',
      'CaratterePrestazione',
      'CodicePrestazione',
      'ProtocolloDomanda',
      'PresaCarico',
    ]);
  });

  it('labels the record fields in Italian for issues on the stored record', () => {
    expect(fieldLabel('monthlyAmount')).toBe('Importo mensile');
    expect(fieldLabel('residence.regionCode')).toBe('Regione di residenza');
    expect(fieldLabel('sina.mobility')).toBe('Valutazione SINA: mobility');
    const issues = validateBenefit(
      (
        benefitFromRow(
          {
            CodiceFiscale: 'RSSMRA80A01F205X',
            PresenzaProvaMezzi: '4',
            CaratterePrestazione: '1',
            CodicePrestazione: 'A1.04',
            ProtocolloDomanda: 'P/1',
            PresaCarico: '2',
          },
          () => 'Contributi economici a integrazione del reddito familiare',
        ) as { data: Parameters<typeof validateBenefit>[0] }
      ).data,
    );
    const labels = issues.map((i) => fieldLabel(i.field));
    expect(labels).toContain('Importo mensile');
    expect(labels.some((l) => /^[a-z]+[A-Z]/.test(l))).toBe(false);
  });

  it('gives custom fields a generic entry named by their key', () => {
    expect(importColumnSpec('customFields.progetto')).toMatchObject({
      field: 'customFields.progetto',
      label: 'progetto',
      required: false,
    });
  });
});

describe('messages of rejected rows', () => {
  it('name the column as the file calls it and the value as typed', () => {
    const issue = locateIssue(
      12,
      {
        attribute: 'ImportoPrestazione',
        value: '12,345',
        message: 'non è un importo valido (al massimo due decimali)',
      },
      { ImportoPrestazione: 'Importo erogato' },
    );
    expect(issue).toEqual({
      line: 12,
      column: 'Importo erogato',
      value: '12,345',
      message: 'non è un importo valido (al massimo due decimali)',
      field: 'amount',
    });
    expect(issueText(issue)).toBe(
      'Riga 12, colonna "Importo erogato": "12,345" non è un importo valido (al massimo due decimali)',
    );
    expect(
      issueText(
        locateIssue(
          5,
          { attribute: 'CodiceFiscale', value: '', message: 'valore mancante (obbligatorio)' },
          {},
        ),
      ),
    ).toBe('Riga 5, colonna "CodiceFiscale": valore mancante (obbligatorio)');
  });
});

describe('the file of rejects', () => {
  it('writes the cells as they were, quoted and spreadsheet-safe, then the reasons', () => {
    expect(rejectsCsvHeader(['CodiceFiscale', 'Importo'], ';')).toBe(
      'CodiceFiscale;Importo;Motivi\r\n',
    );
    const line = rejectsCsvLine(
      ['=HYPERLINK("x")', '12,345', 'a;b'],
      'Riga 2, colonna "Importo": "12,345" x',
      4,
      ';',
    );
    expect(line).toBe(
      '"\'=HYPERLINK(""x"")";12,345;"a;b";;"Riga 2, colonna ""Importo"": ""12,345"" x"\r\n',
    );
    // Read back, the cells are those of the file.
    const records: string[][] = [];
    const reader = new DelimitedTextReader(';');
    reader.push(line, records);
    reader.end(records);
    expect(records[0]!.slice(0, 3).map(spreadsheetPlainText)).toEqual([
      '=HYPERLINK("x")',
      '12,345',
      'a;b',
    ]);
  });

  it('writes XLSX cells as the import reads them', () => {
    expect(rawCellText(12.5)).toBe('12,5');
    expect(rawCellText({ date: '2019-03-15T00:00:00.000Z' })).toBe('2019-03-15');
    expect(rawCellText(true)).toBe('1');
    expect(rawCellText(null)).toBe('');
  });
});

describe('templates', () => {
  it('have the standard header and a sample row that imports as a valid record', () => {
    const columns = templateColumns(null);
    const csv = templateCsv(columns);
    expect(csv.startsWith('\uFEFFCodiceFiscale;Cognome;Nome;')).toBe(true);
    const [header, sample] = csv.slice(1).trimEnd().split('\r\n');
    expect(header!.split(';')).toEqual(IMPORT_ATTRIBUTES);
    expect(sample).toContain('187,50');
    expect(sample).toContain('01/02/2026');
    const row = Object.fromEntries(IMPORT_ATTRIBUTES.map((a, i) => [a, sampleRow(columns)[i]]));
    const result = benefitFromRow(row, () => null);
    if ('issues' in result) throw new Error(JSON.stringify(result.issues));
    expect(validateBenefit(result.data)).toEqual([]);
  });

  it('follow a layout: its headers in its order, positions for fixed width', () => {
    const mapped = templateColumns({
      kind: 'COLUMN_MAPPING',
      columns: [
        { attribute: 'CodiceFiscale', header: 'CF' },
        { attribute: 'ImportoPrestazione', header: 'Importo erogato' },
      ],
    });
    expect(mapped.map((c) => [c.name, c.label, c.required])).toEqual([
      ['CF', 'Codice fiscale', true],
      ['Importo erogato', 'Importo della prestazione', false],
    ]);
    const fixed = templateColumns({
      kind: 'FIXED_WIDTH',
      columns: [{ attribute: 'CodiceFiscale', start: 1, length: 16 }],
    });
    expect(instructionRows(fixed)).toEqual([
      ['Colonna', 'Descrizione', 'Obbligatoria', 'Formato', 'Esempio', 'Posizione'],
      [
        'CodiceFiscale',
        'Codice fiscale del beneficiario.',
        'Sì',
        '16 caratteri, maiuscole o minuscole',
        'RSSMRA80A01F205X',
        'dal carattere 1, 16 caratteri',
      ],
    ]);
  });

  it('in XLSX: the sheet to fill, as text, and the «Istruzioni»', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await templateXlsx(null)) as unknown as ArrayBuffer);
    const [data, help] = workbook.worksheets;
    expect(data!.name).toBe('Prestazioni');
    expect(data!.getRow(1).getCell(1).value).toBe('CodiceFiscale');
    expect(data!.getRow(2).getCell(9).value).toBe('03');
    expect(help!.name).toBe('Istruzioni');
    expect(help!.getRow(2).values).toEqual([
      undefined,
      'CodiceFiscale',
      'Codice fiscale del beneficiario.',
      'Sì',
      '16 caratteri, maiuscole o minuscole',
      'RSSMRA80A01F205X',
    ]);
    expect(help!.rowCount).toBe(IMPORT_COLUMNS.length + 1);
  });
});
