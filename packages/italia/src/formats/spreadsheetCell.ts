/** A plain number as a spreadsheet reads one (`-12.50`, `1.234,56`): no formula, kept as it is. */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)*$/;
/** What a spreadsheet may run as a formula: = + - @ tab or CR, after spaces or quotes. */
const FORMULA_START = /^[ "']*[=+\-@\t\r]/;

/**
 * A text cell of a CSV made safe to open in a spreadsheet (CSV injection, OWASP): a text that a
 * spreadsheet could take for a formula gets a leading apostrophe, which it shows as text. Plain
 * numbers, negative amounts included, are left as they are.
 */
export function spreadsheetSafeText(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * The text `spreadsheetSafeText` was given back from what it wrote: the leading apostrophe it
 * adds is dropped (only there), so a file written with it and read again gives the same values.
 */
export function spreadsheetPlainText(text: string): string {
  if (text.charCodeAt(0) !== 39) return text;
  const plain = text.slice(1);
  return FORMULA_START.test(plain) && !PLAIN_NUMBER.test(plain) ? plain : text;
}

/**
 * One CSV field: text made spreadsheet-safe, then quoted when it holds the delimiter, a quote
 * or a line break; numbers as they are; null and undefined empty.
 */
export function csvField(value: string | number | null | undefined, delimiter = ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = spreadsheetSafeText(value);
  return text.includes(delimiter) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A record's values by dotted path (`residence.regionCode`); lists of plain values joined. */
function flatten(value: unknown, path: string, out: Map<string, string | number | null>): void {
  if (value === null || value === undefined) out.set(path, null);
  else if (typeof value === 'number') out.set(path, value);
  else if (typeof value === 'string' || typeof value === 'boolean') out.set(path, String(value));
  else if (Array.isArray(value))
    out.set(
      path,
      value
        .map((v) => (v !== null && typeof v === 'object' ? JSON.stringify(v) : String(v)))
        .join(', '),
    );
  else if (typeof value === 'object')
    for (const [key, inner] of Object.entries(value))
      if (!key.startsWith('__')) flatten(inner, path ? `${path}.${key}` : key, out);
}

/**
 * Records as CSV text (`;`, CRLF, a header of every path met, in order): the list export of the
 * console. Every text cell goes through `csvField`, so none runs as a formula.
 */
export function recordsToCsv(records: readonly object[], delimiter = ';'): string {
  const rows = records.map((record) => {
    const cells = new Map<string, string | number | null>();
    flatten(record, '', cells);
    return cells;
  });
  const header = [...new Set(rows.flatMap((cells) => [...cells.keys()]))];
  const line = (values: (string | number | null | undefined)[]) =>
    values.map((v) => csvField(v, delimiter)).join(delimiter);
  return [line(header), ...rows.map((cells) => line(header.map((h) => cells.get(h))))]
    .map((l) => `${l}\r\n`)
    .join('');
}
