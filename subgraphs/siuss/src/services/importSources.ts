import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { limitedUpload, UploadTooLargeError } from '@sisa/kernel';
import type { ImportColumn } from '../entities/importJob.entity';
import { attributeOfHeader, blankImportRow } from '../domain/importColumns';
import { DelimitedTextError, DelimitedTextReader } from '../domain/delimitedText';
import type { ImportRow } from '../domain/importRow';
import type { ImportLimits } from './importLimits';
import { UnreadableFileError } from './unreadableFile';
import { xlsxSheetRows } from './xlsx/sheetRows';

export { UnreadableFileError };

// Streaming readers of the import formats: each yields rows keyed by XSD attribute, a batch at a
// time, never holding the file in memory.

export type ImportFormat = 'csv' | 'xlsx' | 'txt';
export type TextEncoding = 'utf-8' | 'windows-1252';

export interface SourceOptions {
  format: ImportFormat;
  /** Given by the caller, else detected (UTF-8 when the start of the file is valid UTF-8). */
  encoding?: TextEncoding | null;
  /** Column mapping or fixed-width layout saved by the tenant. */
  layout?: {
    kind: 'COLUMN_MAPPING' | 'FIXED_WIDTH';
    columns: ImportColumn[];
    skipFirstLine: boolean;
  } | null;
  limits: ImportLimits;
}

function isValidUtf8Prefix(bytes: Buffer): boolean {
  // Ignore a multi-byte character cut by the chunk boundary.
  let end = bytes.length;
  for (let i = Math.max(0, end - 3); i < end; i++) {
    const b = bytes[i]!;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (i + need > end) end = i;
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}

/** The input as text: BOM removed, UTF-8 or Windows-1252 (given, or detected from the first chunk). */
async function* decodedText(
  input: AsyncIterable<Buffer>,
  encoding?: TextEncoding | null,
): AsyncGenerator<string> {
  let decoder: ReturnType<typeof iconv.getDecoder> | null = null;
  for await (const chunk of input) {
    if (!decoder) {
      const head = chunk;
      const chosen =
        encoding ??
        (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf
          ? 'utf-8'
          : isValidUtf8Prefix(head)
            ? 'utf-8'
            : 'windows-1252');
      decoder = iconv.getDecoder(chosen, { stripBOM: true });
    }
    const text = decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder?.end();
  if (rest) yield rest;
}

/** `;`, `,`, tab or `|`: whichever the header line uses most (outside quotes). */
export function detectDelimiter(headerLine: string): string {
  const unquoted = headerLine.replace(/"[^"]*"/g, '');
  let best = ';';
  let bestCount = -1;
  for (const d of [';', ',', '\t', '|']) {
    const count = unquoted.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Maps a header row to attributes: the saved mapping first, then the XSD names. */
function columnAttributes(
  headers: string[],
  layout: SourceOptions['layout'],
): (string | undefined)[] {
  const mapped = new Map<string, string>();
  if (layout?.kind === 'COLUMN_MAPPING')
    for (const c of layout.columns)
      if (c.header) mapped.set(c.header.trim().toLowerCase(), c.attribute);
  return headers.map(
    (h) =>
      mapped.get(
        h
          .replace(/^\uFEFF/, '')
          .trim()
          .toLowerCase(),
      ) ?? attributeOfHeader(h),
  );
}

function checkHeader(attributes: (string | undefined)[]): void {
  if (!attributes.includes('CodiceFiscale'))
    throw new UnreadableFileError(
      'Intestazione non riconosciuta: manca la colonna CodiceFiscale (usare i nomi degli attributi XSD o un tracciato salvato)',
    );
}

function toRow(attributes: (string | undefined)[], values: string[]): ImportRow {
  const row = blankImportRow();
  for (let i = 0; i < attributes.length; i++) {
    const attribute = attributes[i];
    if (attribute) row[attribute] = values[i];
  }
  return row;
}

function lineTooLong(line: number, limits: ImportLimits): UnreadableFileError {
  return new UnreadableFileError(
    `File non leggibile: la riga ${line} supera ${limits.maxLineChars} caratteri (senza un a capo?)`,
  );
}

/**
 * Rows of delimited text, a batch per chunk of input (hundreds of rows: a consumer pays the
 * async step once per batch, not per row). The delimiter is the header line's.
 */
async function* delimitedRows(
  input: AsyncIterable<Buffer>,
  options: SourceOptions,
): AsyncGenerator<ImportRow[]> {
  let reader: DelimitedTextReader | null = null;
  let head = '';
  let attributes: (string | undefined)[] | null = null;
  const records: string[][] = [];
  const textLimits = {
    maxRecordChars: options.limits.maxLineChars,
    maxFields: options.limits.maxColumns,
  };
  const rowsOf = (): ImportRow[] => {
    const rows: ImportRow[] = [];
    for (const record of records) {
      if (!attributes) {
        attributes = columnAttributes(record, options.layout);
        checkHeader(attributes);
      } else rows.push(toRow(attributes, record));
    }
    records.length = 0;
    return rows;
  };
  try {
    for await (const text of decodedText(input, options.encoding)) {
      if (!reader) {
        // The header line says the delimiter: wait for its end.
        const found = text.search(/\r|\n/);
        const lineEnd = found < 0 ? -1 : head.length + found;
        head += text;
        if (lineEnd < 0) {
          if (head.length > options.limits.maxLineChars) throw lineTooLong(1, options.limits);
          continue;
        }
        reader = new DelimitedTextReader(detectDelimiter(head.slice(0, lineEnd)), textLimits);
        reader.push(head, records);
        head = '';
      } else reader.push(text, records);
      const rows = rowsOf();
      if (rows.length) yield rows;
    }
    reader ??= new DelimitedTextReader(detectDelimiter(head), textLimits);
    if (head) reader.push(head, records);
    reader.end(records);
    const rows = rowsOf();
    if (rows.length) yield rows;
  } catch (error) {
    if (error instanceof DelimitedTextError)
      throw new UnreadableFileError(`File CSV non leggibile: ${error.message}`);
    throw error;
  }
}

async function* fixedWidthRows(
  input: AsyncIterable<Buffer>,
  options: SourceOptions,
): AsyncGenerator<ImportRow[]> {
  const layout = options.layout;
  if (!layout || layout.kind !== 'FIXED_WIDTH')
    throw new UnreadableFileError(
      'Per un TXT a larghezza fissa indicare un tracciato FIXED_WIDTH (parametro layout)',
    );
  let first = true;
  let rest = '';
  let lineNumber = 0;
  const rowsOf = (lines: string[]): ImportRow[] => {
    lineNumber += lines.length;
    const rows: ImportRow[] = [];
    for (const line of lines) {
      if (first && layout.skipFirstLine) {
        first = false;
        continue;
      }
      first = false;
      if (line.trim() === '') continue;
      const row = blankImportRow();
      for (const c of layout.columns)
        row[c.attribute] = line.substr((c.start ?? 1) - 1, c.length ?? 0);
      rows.push(row);
    }
    return rows;
  };
  for await (const chunk of decodedText(input, options.encoding)) {
    const lines = (rest + chunk).split(/\r\n|\n|\r/);
    rest = lines.pop() ?? '';
    const longest = lines.findIndex((l) => l.length > options.limits.maxLineChars);
    if (longest >= 0) throw lineTooLong(lineNumber + longest + 1, options.limits);
    if (rest.length > options.limits.maxLineChars)
      throw lineTooLong(lineNumber + lines.length + 1, options.limits);
    const rows = rowsOf(lines);
    if (rows.length) yield rows;
  }
  const rows = rest ? rowsOf([rest]) : [];
  if (rows.length) yield rows;
}

/** A cell as text: numbers with a decimal comma (so `parseItalianAmount` never reads 1.234 as 1234). */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '1' : '2';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
  }
  return String(value);
}

const XLSX_BATCH = 500;

async function* xlsxRows(
  input: AsyncIterable<Buffer>,
  options: SourceOptions,
): AsyncGenerator<ImportRow[]> {
  try {
    let attributes: (string | undefined)[] | null = null;
    let rows: ImportRow[] = [];
    for await (const cells of xlsxSheetRows(input, options.limits)) {
      const values = cells.map(cellText);
      if (!attributes) {
        attributes = columnAttributes(values, options.layout);
        checkHeader(attributes);
        continue;
      }
      if (values.every((v) => v.trim() === '')) continue;
      rows.push(toRow(attributes, values));
      if (rows.length >= XLSX_BATCH) {
        yield rows;
        rows = [];
      }
    }
    if (rows.length) yield rows;
  } catch (error) {
    if (error instanceof UnreadableFileError || error instanceof UploadTooLargeError) throw error;
    throw new UnreadableFileError(`File XLSX non leggibile: ${(error as Error).message}`);
  }
}

/** The rows of an uploaded file, keyed by XSD attribute, in batches as the file streams in. */
export function readImportBatches(
  input: AsyncIterable<Buffer>,
  options: SourceOptions,
): AsyncGenerator<ImportRow[]> {
  input = limitedUpload(input, options.limits.maxBytes);
  if (options.format === 'xlsx') return xlsxRows(input, options);
  if (options.format === 'txt' && options.layout?.kind === 'FIXED_WIDTH')
    return fixedWidthRows(input, options);
  if (options.format === 'txt' && !options.layout) return delimitedRows(input, options);
  return delimitedRows(input, options);
}
