import { isUtf8 } from 'node:buffer';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { roundMoney, spreadsheetPlainText } from '@sisa/italia';
import { limitedUpload, UploadTooLargeError } from '@sisa/kernel';
import type { ImportColumn } from '../entities/importJob.entity';
import { attributeOfHeader, blankImportRow } from '../domain/importColumns';
import { DelimitedTextError, DelimitedTextReader } from '../domain/delimitedText';
import type { ColumnNames } from '../domain/importIssues';
import type { ImportBatch, ImportRow, ImportSource, RawCell } from '../domain/importRow';
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
  /** Given by the caller, else detected (UTF-8 when the whole file is valid UTF-8). */
  encoding?: TextEncoding | null;
  /** Column mapping or fixed-width layout saved by the tenant. */
  layout?: {
    kind: 'COLUMN_MAPPING' | 'FIXED_WIDTH';
    columns: ImportColumn[];
    skipFirstLine: boolean;
  } | null;
  limits: ImportLimits;
}

/** Bytes at the end of `bytes` that begin a UTF-8 character the next chunk completes (0 to 3). */
function cutCharacterBytes(bytes: Buffer): number {
  for (let i = Math.max(0, bytes.length - 3); i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b >= 0xc0) {
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      if (i + need > bytes.length) return bytes.length - i;
    }
  }
  return 0;
}

/**
 * Follows an upload chunk by chunk: is all of it valid UTF-8 so far (a character cut by a chunk
 * boundary joined to the next chunk), and is no line too long? A run of more than
 * `4 × maxLineChars` bytes without a line break is a line too long whatever the encoding.
 */
class TextUploadCheck {
  valid = true;
  private carry: Buffer | null = null;
  private line = 1;
  private lineBytes = 0;

  constructor(private readonly limits: ImportLimits) {}

  /** Takes the next chunk; throws when a line is too long. */
  check(chunk: Buffer): void {
    if (this.valid) {
      const bytes: Buffer = this.carry ? Buffer.concat([this.carry, chunk]) : chunk;
      const cut = cutCharacterBytes(bytes);
      this.valid = isUtf8(bytes.subarray(0, bytes.length - cut));
      this.carry = cut ? Buffer.from(bytes.subarray(bytes.length - cut)) : null;
    }
    let lastBreak = -1;
    for (let at = chunk.indexOf(LF); at !== -1; at = chunk.indexOf(LF, at + 1)) {
      this.line++;
      lastBreak = at;
    }
    lastBreak = Math.max(lastBreak, chunk.lastIndexOf(CR));
    this.lineBytes =
      lastBreak === -1 ? this.lineBytes + chunk.length : chunk.length - lastBreak - 1;
    if (this.lineBytes > 4 * this.limits.maxLineChars) throw lineTooLong(this.line, this.limits);
  }

  /** At the end of the upload: was all of it UTF-8, its last character whole? */
  get utf8(): boolean {
    return this.valid && this.carry === null;
  }
}

/**
 * Thrown by the reader of a text file with no declared encoding when the file turns out not to be
 * UTF-8 after rows were already read as UTF-8 (a wrong byte on the last line decides the encoding
 * of the first). The whole upload has been copied to a temporary file by then: the import starts
 * again from `bytes()` as Windows-1252, and `dispose()` removes the copy.
 */
export class EncodingRestart extends Error {
  readonly encoding: TextEncoding = 'windows-1252';

  constructor(
    private readonly dir: string,
    private readonly path: string,
  ) {
    super('Il file non è in UTF-8: si rilegge come Windows-1252');
  }

  /** The upload again, from its copy. */
  bytes(): AsyncIterable<Buffer> {
    return createReadStream(this.path, { highWaterMark: 256 * 1024 });
  }

  dispose(): Promise<void> {
    return rm(this.dir, { recursive: true, force: true });
  }
}

const LF = 0x0a;
const CR = 0x0d;
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/**
 * The input as UTF-8 or Windows-1252: the encoding given, else UTF-8 when the file starts with
 * its BOM, else UTF-8 when every byte of the file is valid UTF-8 and Windows-1252 otherwise.
 * Without a declared encoding the rows are read as UTF-8 while the upload arrives (nothing waits
 * for the whole file), and the upload is copied to a temporary file as it goes: should a byte
 * that is not UTF-8 come, the rest of the upload is copied and `EncodingRestart` says to read the
 * copy again as Windows-1252.
 */
async function* encodedBytes(
  input: AsyncIterable<Buffer>,
  limits: ImportLimits,
  encoding?: TextEncoding | null,
): AsyncGenerator<{ encoding: TextEncoding; chunk: Buffer }> {
  if (encoding) {
    for await (const chunk of input) yield { encoding, chunk };
    return;
  }
  const iterator = input[Symbol.asyncIterator]();
  let head = Buffer.alloc(0);
  let done = false;
  while (head.length < 3 && !done) {
    const next = await iterator.next();
    if (next.done) done = true;
    else head = Buffer.concat([head, next.value]);
  }
  const rest: AsyncIterable<Buffer> = {
    [Symbol.asyncIterator]: () => iterator,
  };
  if (head.subarray(0, 3).equals(UTF8_BOM)) {
    yield { encoding: 'utf-8', chunk: head };
    if (!done) for await (const chunk of rest) yield { encoding: 'utf-8', chunk };
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'siuss-text-'));
  const path = join(dir, 'upload');
  const copy = createWriteStream(path);
  copy.on('error', () => undefined); // reported by `finished` or the next write
  let handedOver = false;
  try {
    const check = new TextUploadCheck(limits);
    const chunks = (async function* () {
      yield head;
      if (!done) yield* rest;
    })();
    for await (const chunk of chunks) {
      check.check(chunk);
      if (!copy.write(chunk)) await once(copy, 'drain');
      if (check.valid) yield { encoding: 'utf-8', chunk };
    }
    copy.end();
    await finished(copy);
    if (check.utf8) return;
    handedOver = true;
    throw new EncodingRestart(dir, path);
  } finally {
    if (!copy.writableFinished) copy.destroy();
    if (!handedOver) await rm(dir, { recursive: true, force: true });
  }
}

/** The input as text, BOM removed, in the encoding `encodedBytes` says. */
async function* decodedText(
  input: AsyncIterable<Buffer>,
  limits: ImportLimits,
  encoding?: TextEncoding | null,
): AsyncGenerator<string> {
  let decoder: ReturnType<typeof iconv.getDecoder> | null = null;
  for await (const { encoding: chosen, chunk } of encodedBytes(input, limits, encoding)) {
    decoder ??= iconv.getDecoder(chosen, { stripBOM: true });
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

/** A header as the file writes it, without a BOM nor spaces at either end. */
const headerText = (h: string) => h.replace(/^\uFEFF/, '').trim();

/**
 * What the file calls each attribute: its header for those the file has, the saved mapping's or
 * the XSD name for the others.
 */
function columnNames(
  headers: string[],
  attributes: (string | undefined)[],
  layout: SourceOptions['layout'],
): ColumnNames {
  const names: Record<string, string> = {};
  if (layout?.kind === 'COLUMN_MAPPING')
    for (const c of layout.columns) if (c.header) names[c.attribute] = c.header.trim();
  attributes.forEach((a, i) => {
    if (a && headerText(headers[i]!) !== '') names[a] = headerText(headers[i]!);
  });
  return names;
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

/**
 * Cells a spreadsheet-safe export wrote with a leading apostrophe (the file of rejects, see
 * `spreadsheetSafeText`) are read as they were before it.
 */
function plainCells(record: string[]): void {
  for (let i = 0; i < record.length; i++)
    if (record[i]!.charCodeAt(0) === 39) record[i] = spreadsheetPlainText(record[i]!);
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
): AsyncGenerator<ImportBatch> {
  let reader: DelimitedTextReader | null = null;
  let head = '';
  let attributes: (string | undefined)[] | null = null;
  let source: ImportSource | null = null;
  const records: string[][] = [];
  const recordLines: number[] = [];
  const textLimits = {
    maxRecordChars: options.limits.maxLineChars,
    maxFields: options.limits.maxColumns,
  };
  const rowsOf = (): ImportBatch => {
    const batch: ImportBatch = { rows: [], lines: [], cells: [] };
    for (let i = 0; i < records.length; i++) {
      const record = records[i]!;
      if (!attributes) {
        attributes = columnAttributes(record, options.layout);
        checkHeader(attributes);
        source = {
          header: record.map(headerText),
          names: columnNames(record, attributes, options.layout),
          delimiter: reader!.delimiter,
        };
      } else {
        plainCells(record);
        batch.rows.push(toRow(attributes, record));
        batch.lines.push(recordLines[i]!);
        batch.cells!.push(record);
      }
    }
    if (source) batch.source = source;
    records.length = 0;
    recordLines.length = 0;
    return batch;
  };
  try {
    for await (const text of decodedText(input, options.limits, options.encoding)) {
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
        reader.push(head, records, recordLines);
        head = '';
      } else reader.push(text, records, recordLines);
      const rows = rowsOf();
      if (rows.rows.length) yield rows;
    }
    reader ??= new DelimitedTextReader(detectDelimiter(head), textLimits);
    if (head) reader.push(head, records, recordLines);
    reader.end(records, recordLines);
    const rows = rowsOf();
    if (rows.rows.length) yield rows;
  } catch (error) {
    if (error instanceof DelimitedTextError)
      throw new UnreadableFileError(`File CSV non leggibile: ${error.message}`);
    throw error;
  }
}

async function* fixedWidthRows(
  input: AsyncIterable<Buffer>,
  options: SourceOptions,
): AsyncGenerator<ImportBatch> {
  const layout = options.layout;
  if (!layout || layout.kind !== 'FIXED_WIDTH')
    throw new UnreadableFileError(
      'Per un TXT a larghezza fissa indicare un tracciato FIXED_WIDTH (parametro layout)',
    );
  let first = true;
  let rest = '';
  let lineNumber = 0;
  const fieldNames = layout.columns.map((c) => c.header?.trim() || c.attribute);
  const source: ImportSource = {
    header: fieldNames,
    names: Object.fromEntries(layout.columns.map((c, i) => [c.attribute, fieldNames[i]!])),
    delimiter: null,
  };
  const rowsOf = (lines: string[]): ImportBatch => {
    const batch: ImportBatch = { rows: [], lines: [], cells: [], source };
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (first && layout.skipFirstLine) {
        first = false;
        continue;
      }
      first = false;
      if (line.trim() === '') continue;
      const row = blankImportRow();
      const cells: string[] = [];
      for (const c of layout.columns)
        cells.push((row[c.attribute] = line.substr((c.start ?? 1) - 1, c.length ?? 0)));
      batch.rows.push(row);
      batch.cells!.push(cells);
      batch.lines.push(lineNumber + i + 1);
    }
    lineNumber += lines.length;
    return batch;
  };
  for await (const chunk of decodedText(input, options.limits, options.encoding)) {
    const lines = (rest + chunk).split(/\r\n|\n|\r/);
    rest = lines.pop() ?? '';
    const longest = lines.findIndex((l) => l.length > options.limits.maxLineChars);
    if (longest >= 0) throw lineTooLong(lineNumber + longest + 1, options.limits);
    if (rest.length > options.limits.maxLineChars)
      throw lineTooLong(lineNumber + lines.length + 1, options.limits);
    const rows = rowsOf(lines);
    if (rows.rows.length) yield rows;
  }
  if (rest) {
    const rows = rowsOf([rest]);
    if (rows.rows.length) yield rows;
  }
}

/**
 * Columns of amounts (and hours) with two decimals: a number a spreadsheet keeps as a binary
 * float (0.1+0.2 = 0.30000000000000004, 187.49999999999997) is the cents it means.
 */
const CENTS_ATTRIBUTES: ReadonlySet<string> = new Set([
  'ImportoPrestazione',
  'ImportoMensile',
  'ImportoQuotaEnte',
  'ImportoQuotaUtente',
  'ImportoQuotaSSN',
  'ImportoQuotaRichiesta',
  'ImportoSogliaISEE',
  'OreServizioMensile',
]);

/**
 * A cell as text: numbers with a decimal comma (so `parseItalianAmount` never reads 1.234 as
 * 1234), rounded half-even to the cent when `cents`.
 */
function cellText(value: ExcelJS.CellValue, cents = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number')
    return (cents && Number.isFinite(value) ? roundMoney(String(value)) : String(value)).replace(
      '.',
      ',',
    );
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? '1' : '2';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue, cents);
    if ('text' in value) return String(value.text);
  }
  return String(value);
}

/** A cell as the file holds it (formulas by their result), to be written back as it was. */
function rawCell(value: ExcelJS.CellValue): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
    return value;
  if (value instanceof Date) return { date: value.toISOString() };
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return rawCell(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return String(value.error);
  }
  return String(value);
}

const XLSX_BATCH = 500;

async function* xlsxRows(
  input: AsyncIterable<Buffer>,
  options: SourceOptions,
): AsyncGenerator<ImportBatch> {
  try {
    let attributes: (string | undefined)[] | null = null;
    let source: ImportSource | null = null;
    let inCents: boolean[] = [];
    let batch: ImportBatch = { rows: [], lines: [], cells: [] };
    for await (const { number, values: cells } of xlsxSheetRows(input, options.limits)) {
      if (!attributes) {
        const headers = cells.map((c) => cellText(c));
        attributes = columnAttributes(headers, options.layout);
        checkHeader(attributes);
        source = {
          header: cells.map(rawCell),
          names: columnNames(headers, attributes, options.layout),
          delimiter: null,
        };
        batch.source = source;
        inCents = attributes.map((a) => a !== undefined && CENTS_ATTRIBUTES.has(a));
        continue;
      }
      const values = cells.map((c, i) => cellText(c, inCents[i]));
      if (values.every((v) => v.trim() === '')) continue;
      batch.rows.push(toRow(attributes, values));
      batch.lines.push(number);
      batch.cells!.push(cells.map(rawCell));
      if (batch.rows.length >= XLSX_BATCH) {
        yield batch;
        batch = { rows: [], lines: [], cells: [], source: source! };
      }
    }
    if (batch.rows.length) yield batch;
  } catch (error) {
    if (error instanceof UnreadableFileError || error instanceof UploadTooLargeError) throw error;
    throw new UnreadableFileError(`File XLSX non leggibile: ${(error as Error).message}`);
  }
}

/** The rows of an uploaded file, keyed by XSD attribute, in batches as the file streams in. */
export function readImportBatches(
  input: AsyncIterable<Buffer>,
  options: SourceOptions,
): AsyncGenerator<ImportBatch> {
  input = limitedUpload(input, options.limits.maxBytes);
  if (options.format === 'xlsx') return xlsxRows(input, options);
  if (options.format === 'txt' && options.layout?.kind === 'FIXED_WIDTH')
    return fixedWidthRows(input, options);
  if (options.format === 'txt' && !options.layout) return delimitedRows(input, options);
  return delimitedRows(input, options);
}
