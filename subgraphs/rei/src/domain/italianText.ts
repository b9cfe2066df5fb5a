import {
  formatItalianDate,
  formatItalianNumber,
  type Decimal,
  type RoundingMode,
} from '@sisa/italia';

/** An amount as a caseworker reads it: `4.590,00 €`. */
export function euro(value: Decimal.Value): string {
  return `${formatItalianNumber(value, 2)} €`;
}

/** A number with every significant decimal, Italian style: `294,375`, `2,04`. */
export function number(value: Decimal.Value, minDecimals = 0): string {
  const text = formatItalianNumber(value);
  const decimals = text.includes(',') ? text.split(',')[1]!.length : 0;
  if (decimals >= minDecimals) return text;
  return formatItalianNumber(value, minDecimals);
}

/**
 * An intermediate result as people read it: every decimal up to `maxDecimals`, and when it has
 * more (174,1666…) the first `maxDecimals` followed by `…`. Three decimals are enough to see how
 * a rounding to the cent goes; the exact value stays in the computation.
 */
export function approximate(value: Decimal.Value, maxDecimals = 3): string {
  const text = formatItalianNumber(value);
  const [whole, decimals = ''] = text.split(',');
  if (decimals.length <= maxDecimals) return text;
  return `${whole},${decimals.slice(0, maxDecimals)}\u2026`;
}

/** A `YYYY-MM-DD` date as `dd/mm/yyyy`. */
export function date(iso: string): string {
  return formatItalianDate(iso);
}

const MONTHS = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
];

/** A `YYYY-MM` month as `febbraio 2018`. */
export function month(yearMonth: string): string {
  const [y, m] = yearMonth.split('-');
  return `${MONTHS[Number(m) - 1]} ${y}`;
}

export const ROUNDING_LABELS: Record<RoundingMode, string> = {
  HALF_EVEN: 'al centesimo, con la metà verso la cifra pari',
  HALF_UP: 'al centesimo, con la metà per eccesso',
  HALF_DOWN: 'al centesimo, con la metà per difetto',
  DOWN: 'al centesimo per troncamento',
  UP: 'al centesimo per eccesso',
};
