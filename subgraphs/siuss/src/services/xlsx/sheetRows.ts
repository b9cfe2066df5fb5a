import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type ExcelJS from 'exceljs';
import type { ImportLimits } from '../importLimits';
import { UnreadableFileError } from '../unreadableFile';
import { SharedStringStore } from './sharedStringStore';
import { firstSheetPart, partText, readSharedStrings } from './workbookParts';
import { ZipArchive } from './zipArchive';

interface SheetReader {
  [Symbol.asyncIterator](): AsyncIterator<ExcelJS.Row>;
}
type SheetReaderClass = new (args: {
  workbook: unknown;
  id: string;
  iterator: AsyncIterable<string>;
  options: Record<string, string>;
}) => SheetReader;

// exceljs's own sheet reader, given our shared strings; loaded on the first XLSX import (a
// service that never reads one keeps its 10 MB).
const SHEET_READER_MODULE: string = 'exceljs/lib/stream/xlsx/worksheet-reader';
let sheetReaderClass: Promise<SheetReaderClass> | null = null;

/** Styles are not read: a styled cell is its plain value (dates stay Excel serial numbers). */
const NO_STYLES = { getStyleModel: () => undefined };

/**
 * The rows of the first sheet of an XLSX upload, each as its number (as the spreadsheet shows it)
 * and the cell values from column A.
 * The upload is kept in a temporary file, so the zip's central directory is checked (parts,
 * inflated sizes, ratio) before anything is inflated; shared strings go to a file of their own
 * and are read back through a small cache, never all in the JavaScript heap.
 */
export async function* xlsxSheetRows(
  input: AsyncIterable<Buffer>,
  limits: ImportLimits,
): AsyncGenerator<{ number: number; values: ExcelJS.CellValue[] }> {
  sheetReaderClass ??= import(SHEET_READER_MODULE).then(
    (m: { default?: SheetReaderClass }) => (m.default ?? m) as SheetReaderClass,
  );
  const WorksheetReader = await sheetReaderClass;
  const dir = await mkdtemp(join(tmpdir(), 'siuss-xlsx-'));
  let archive: ZipArchive | null = null;
  let strings: SharedStringStore | null = null;
  try {
    await pipeline(Readable.from(input), createWriteStream(join(dir, 'upload.xlsx')));
    archive = await ZipArchive.open(join(dir, 'upload.xlsx'), limits.xlsx);
    strings = new SharedStringStore(join(dir, 'shared-strings'));
    await readSharedStrings(archive, strings, {
      maxStrings: limits.xlsx.maxSharedStrings,
      maxChars: limits.xlsx.maxTextBytes,
    });
    const store = strings;
    const sharedStrings = new Proxy(
      {},
      { get: (_target, key) => (typeof key === 'string' ? store.get(Number(key)) : undefined) },
    );
    const sheet = new WorksheetReader({
      workbook: { sharedStrings, styles: NO_STYLES, properties: {} },
      id: '1',
      iterator: partText(await archive.read(await firstSheetPart(archive))),
      options: { worksheets: 'emit', hyperlinks: 'ignore' },
    });
    for await (const row of sheet) {
      const values = row.values as ExcelJS.CellValue[];
      if (values.length - 1 > limits.maxColumns)
        throw new UnreadableFileError(
          `La riga ${row.number} del foglio ha più di ${limits.maxColumns} colonne`,
        );
      yield { number: row.number, values: values.slice(1) };
    }
  } finally {
    archive?.close();
    strings?.close();
    await rm(dir, { recursive: true, force: true });
  }
}
