// Amounts typed the Italian way ("1.234,56") ↔ the contract's `Decimal` ("1234.56"), as text:
// money never goes through a binary float.

const DECIMAL = /^\d+(\.\d{1,2})?$/;

/**
 * `"1.234,56"`, `"1234,5"`, `"1234.56"` → `"1234.56"`, `"1234.50"`, `"1234.56"`; blank → null;
 * anything else (letters, three decimals, misplaced dots) → undefined.
 * With a comma, dots group thousands; without one, a single dot followed by one or two digits is
 * the decimal point, and other dots group thousands.
 */
export function parseItalianAmount(text: string | null | undefined): string | null | undefined {
  const value = (text ?? '').replace(/\s|€/g, '');
  if (value === '') return null;
  let whole: string;
  let fraction = '';
  if (value.includes(',')) {
    const [left = '', right = '', ...rest] = value.split(',');
    if (rest.length) return undefined;
    whole = left;
    fraction = right;
  } else if (/^\d+\.\d{1,2}$/.test(value)) {
    [whole = '', fraction = ''] = value.split('.');
  } else whole = value;
  if (whole.includes('.') && !/^\d{1,3}(\.\d{3})+$/.test(whole)) return undefined;
  whole = whole.replace(/\./g, '');
  if (!/^\d+$/.test(whole) || !/^\d{0,2}$/.test(fraction)) return undefined;
  return `${whole.replace(/^0+(?=\d)/, '')}.${fraction.padEnd(2, '0')}`;
}

/** `"1234.5"` → `"1.234,50"` (no currency sign): how an input shows a stored amount. */
export function toItalianAmountText(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  const text = String(value);
  if (!DECIMAL.test(text)) return text;
  const [whole = '0', fraction = ''] = text.split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction.padEnd(2, '0')}`;
}

/** Whether a form value is a `Decimal` the contract accepts (not negative, two decimals at most). */
export const isDecimalAmount = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || DECIMAL.test(String(value));
