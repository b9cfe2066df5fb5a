import { csvField } from '@sisa/italia';
import type { RawCell } from './importRow';

/** The last column of the file of rejects: why each row was rejected. */
export const REASONS_COLUMN = 'Motivi';

/**
 * A cell as text, the way the import reads it back: numbers with a decimal comma, dates
 * `YYYY-MM-DD`, booleans 1 (sì) / 2 (no).
 */
export function rawCellText(cell: RawCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell).replace('.', ',');
  if (typeof cell === 'boolean') return cell ? '1' : '2';
  return cell.date.slice(0, 10);
}

/**
 * One line of the CSV of rejects: the row's cells as in the file (as many as the header has, at
 * least), then the reasons joined by "; ". Cells are made spreadsheet-safe (`csvField`: a text a
 * spreadsheet could run as a formula gets a leading apostrophe, which the import drops again) and
 * quoted when they hold the delimiter, a quote or a line break.
 */
export function rejectsCsvLine(
  cells: readonly RawCell[],
  reasons: string,
  width: number,
  delimiter: string,
): string {
  const out: string[] = [];
  for (let i = 0; i < Math.max(width, cells.length); i++)
    out.push(csvField(rawCellText(cells[i]), delimiter));
  out.push(csvField(reasons, delimiter));
  return out.join(delimiter) + '\r\n';
}

/** The header line of the CSV of rejects: the file's header, then «Motivi». */
export function rejectsCsvHeader(header: readonly RawCell[], delimiter: string): string {
  return rejectsCsvLine(header, REASONS_COLUMN, header.length, delimiter);
}

/** A cell as an XLSX cell value: what the file had (numbers, booleans, dates stay so). */
export function rawCellValue(cell: RawCell | undefined): string | number | boolean | Date | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'object') return new Date(cell.date);
  return cell;
}
