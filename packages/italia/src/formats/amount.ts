// Spaces people and spreadsheets put inside amounts: normal, no-break, thin and narrow no-break.
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
const CURRENCY = /€|EURO|EUR/gi;
const GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+$/;
const DIGITS = /^\d+$/;

/**
 * Reads an amount written by a person or a spreadsheet and returns it as a plain decimal string
 * with a dot, or `null` when the text is not a number.
 *
 * Accepted: `'1.234,56'`, `'1234,56'`, `'1234.56'`, `'€ 1.234'`, `'1,234.56'`, `'-12,5'`,
 * `'EUR 10'`. A single dot followed by exactly three digits is a thousands separator
 * (`'1.234'` → `'1234'`), as it is in Italian; a single comma is always the decimal separator.
 * Thousands groups must have three digits (`'1.23.4'` is `null`). The decimals are kept as
 * written (`'5,50'` → `'5.50'`); leading zeros are removed.
 */
export function parseItalianAmount(text: string): string | null {
  let body = text.replace(SPACES, '').replace(CURRENCY, '').replace(SPACES, '');
  let sign = '';
  if (body.startsWith('-') || body.startsWith('+')) {
    sign = body.startsWith('-') ? '-' : '';
    body = body.slice(1);
  }
  const split = splitNumber(body);
  if (!split) return null;
  const integerDigits = split.integer.replace(/^0+(?=\d)/, '') || '0';
  const amount =
    split.fraction === undefined ? integerDigits : `${integerDigits}.${split.fraction}`;
  return /^[0.]+$/.test(amount) ? amount : `${sign}${amount}`;
}

function splitNumber(body: string): { integer: string; fraction?: string } | null {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the last one separates the decimals, the other groups thousands.
    const decimalAt = Math.max(lastDot, lastComma);
    const grouping = lastComma > lastDot ? GROUPED : GROUPED_COMMA;
    const integer = body.slice(0, decimalAt);
    const fraction = body.slice(decimalAt + 1);
    if (!grouping.test(integer) || !DIGITS.test(fraction)) return null;
    return { integer: integer.replace(/[.,]/g, ''), fraction };
  }
  const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (separator === null) return DIGITS.test(body) ? { integer: body } : null;
  const pieces = body.split(separator);
  if (pieces.length > 2) {
    const grouping = separator === '.' ? GROUPED : GROUPED_COMMA;
    return grouping.test(body) ? { integer: pieces.join('') } : null;
  }
  const [integer = '', fraction = ''] = pieces;
  if (separator === '.' && GROUPED.test(body) && !/^0+$/.test(integer))
    return { integer: integer + fraction };
  if (!DIGITS.test(fraction) || (integer !== '' && !DIGITS.test(integer))) return null;
  return { integer: integer || '0', fraction };
}
