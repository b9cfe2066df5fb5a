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
 * One CSV field: text made spreadsheet-safe, then quoted when it holds the delimiter, a quote
 * or a line break; numbers as they are; null and undefined empty.
 */
export function csvField(value: string | number | null | undefined, delimiter = ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const text = spreadsheetSafeText(value);
  return text.includes(delimiter) || /["\r\n]/.test(text)
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}
