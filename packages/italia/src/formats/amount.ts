// Spaces people and spreadsheets put inside amounts: normal, no-break, thin and narrow no-break.
const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
const CURRENCY = /€|EURO|EUR/gi;

const DOT = 46;
const COMMA = 44;
const isDigit = (c: number) => c >= 48 && c <= 57;

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
  // Imports read an amount per cell: only text with spaces or a currency goes through the
  // regular expressions, the number itself is read by index.
  let body = onlyNumberCharacters(text)
    ? text
    : text.replace(SPACES, '').replace(CURRENCY, '').replace(SPACES, '');
  let sign = '';
  const first = body.charCodeAt(0);
  if (first === 45 || first === 43) {
    sign = first === 45 ? '-' : '';
    body = body.slice(1);
  }
  return readNumber(body, sign);
}

function onlyNumberCharacters(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (!(isDigit(c) || c === DOT || c === COMMA || c === 45 || c === 43)) return false;
  }
  return true;
}

/** True when `body[from, to)` is 1–3 digits followed by one or more groups of `separator` and 3 digits. */
function isGrouped(body: string, from: number, to: number, separator: number): boolean {
  let at = from;
  while (at < to && isDigit(body.charCodeAt(at))) at += 1;
  const head = at - from;
  if (head < 1 || head > 3 || at === to) return false;
  while (at < to) {
    if (body.charCodeAt(at) !== separator || at + 4 > to) return false;
    for (let k = 1; k <= 3; k += 1) if (!isDigit(body.charCodeAt(at + k))) return false;
    at += 4;
  }
  return true;
}

function allDigits(body: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i += 1) if (!isDigit(body.charCodeAt(i))) return false;
  return true;
}

function digitsOnly(body: string, from: number, to: number, separator: number): string {
  let out = '';
  let start = from;
  for (let i = from; i < to; i += 1) {
    if (body.charCodeAt(i) === separator) {
      out += body.slice(start, i);
      start = i + 1;
    }
  }
  return out + body.slice(start, to);
}

/** The number in `body` (digits, dots and commas only) as a decimal string, or null. */
function readNumber(body: string, sign: string): string | null {
  const n = body.length;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let integer: string;
  let fraction: string | undefined;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both present: the last one separates the decimals, the other groups thousands.
    const decimalAt = Math.max(lastDot, lastComma);
    const grouping = lastComma > lastDot ? DOT : COMMA;
    if (!isGrouped(body, 0, decimalAt, grouping) || !allDigits(body, decimalAt + 1, n)) return null;
    integer = digitsOnly(body, 0, decimalAt, grouping);
    fraction = body.slice(decimalAt + 1);
  } else if (lastDot < 0 && lastComma < 0) {
    if (!allDigits(body, 0, n)) return null;
    integer = body;
  } else {
    const separatorAt = lastDot >= 0 ? lastDot : lastComma;
    const separator = lastDot >= 0 ? DOT : COMMA;
    if (body.indexOf(String.fromCharCode(separator)) !== separatorAt) {
      // More than one: thousands groups only.
      if (!isGrouped(body, 0, n, separator)) return null;
      integer = digitsOnly(body, 0, n, separator);
    } else if (separator === DOT && isGrouped(body, 0, n, DOT) && !allZeros(body, 0, separatorAt)) {
      integer = digitsOnly(body, 0, n, DOT); // '1.234' is a thousand and more
    } else {
      if (
        !allDigits(body, separatorAt + 1, n) ||
        (separatorAt > 0 && !allDigits(body, 0, separatorAt))
      )
        return null;
      integer = separatorAt > 0 ? body.slice(0, separatorAt) : '0';
      fraction = body.slice(separatorAt + 1);
    }
  }
  let leading = 0;
  while (leading < integer.length - 1 && integer.charCodeAt(leading) === 48) leading += 1;
  const integerDigits = leading > 0 ? integer.slice(leading) : integer;
  const amount = fraction === undefined ? integerDigits : `${integerDigits}.${fraction}`;
  return sign === '' || isZero(amount) ? amount : `${sign}${amount}`;
}

function allZeros(body: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (body.charCodeAt(i) !== 48) return false;
  return to > from;
}

function isZero(amount: string): boolean {
  for (let i = 0; i < amount.length; i += 1) {
    const c = amount.charCodeAt(i);
    if (c !== 48 && c !== DOT) return false;
  }
  return true;
}
