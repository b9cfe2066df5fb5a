import type { Decimal } from '../money/decimal';
import { roundDecimal, toDecimal, type RoundingMode } from '../money/rounding';

/**
 * Writes a number the Italian way: comma for decimals, dot for thousands.
 * `formatItalianNumber('2.04')` is `'2,04'`, `formatItalianNumber('1234.5', 2)` is `'1.234,50'`.
 * Without `decimals` every significant decimal is kept; with it the value is rounded HALF_UP
 * (the rounding people do by hand; round amounts with `roundMoney` before showing them).
 */
export function formatItalianNumber(
  value: Decimal.Value,
  decimals?: number,
  mode: RoundingMode = 'HALF_UP',
): string {
  const plain =
    decimals === undefined ? toDecimal(value).toFixed() : roundDecimal(value, decimals, mode);
  const negative = plain.startsWith('-');
  const [integerPart = '0', fraction] = (negative ? plain.slice(1) : plain).split('.');
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const sign = negative && !/^[0.,]*$/.test(plain.slice(1)) ? '-' : '';
  return `${sign}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}

/**
 * Writes an amount in euro, rounded to the cent HALF_UP: `formatEuro('1234.56')` is
 * `'€ 1.234,56'`, `formatEuro('-5')` is `'€ -5,00'`.
 */
export function formatEuro(value: Decimal.Value): string {
  return `€ ${formatItalianNumber(value, 2)}`;
}
