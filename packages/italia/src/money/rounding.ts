import { Decimal } from './decimal';

/**
 * How to round to the cent: HALF_EVEN (banker's, the default: 294.375 → 294.38, 0.125 → 0.12),
 * HALF_UP (0.125 → 0.13), HALF_DOWN (0.125 → 0.12), DOWN (toward zero), UP (away from zero).
 */
export type RoundingMode = 'HALF_EVEN' | 'HALF_UP' | 'HALF_DOWN' | 'DOWN' | 'UP';

const DECIMAL_ROUNDING: Record<RoundingMode, Decimal.Rounding> = {
  HALF_EVEN: Decimal.ROUND_HALF_EVEN,
  HALF_UP: Decimal.ROUND_HALF_UP,
  HALF_DOWN: Decimal.ROUND_HALF_DOWN,
  DOWN: Decimal.ROUND_DOWN,
  UP: Decimal.ROUND_UP,
};

/** The decimal.js rounding constant of a {@link RoundingMode}. */
export function decimalRounding(mode: RoundingMode): Decimal.Rounding {
  const rounding = DECIMAL_ROUNDING[mode];
  if (rounding === undefined)
    throw new RangeError(`Modalità di arrotondamento sconosciuta: ${String(mode)}`);
  return rounding;
}

/**
 * Converts a value to a finite {@link Decimal}.
 *
 * @throws RangeError for text that is not a number, NaN and infinities.
 */
export function toDecimal(value: Decimal.Value): Decimal {
  let decimal: Decimal;
  try {
    decimal = new Decimal(value);
  } catch {
    throw new RangeError(`Importo non valido: "${String(value)}"`);
  }
  if (!decimal.isFinite()) throw new RangeError(`Importo non valido: "${String(value)}"`);
  return decimal;
}

/**
 * Rounds to the cent and writes the amount with a dot and two decimals, the way GraphQL, the
 * database and the SIUSS XML carry it: `roundMoney('187.5')` is `'187.50'`, `roundMoney('294.375')`
 * is `'294.38'`. Negative zero is written `'0.00'`.
 */
export function roundMoney(value: Decimal.Value, mode: RoundingMode = 'HALF_EVEN'): string {
  return roundDecimal(value, 2, mode);
}

/** Rounds to `decimals` places and writes the result with a dot and exactly that many decimals. */
export function roundDecimal(
  value: Decimal.Value,
  decimals: number,
  mode: RoundingMode = 'HALF_EVEN',
): string {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
    throw new RangeError(`Numero di decimali non valido: ${decimals}`);
  }
  const rounded = toDecimal(value).toDecimalPlaces(decimals, decimalRounding(mode));
  return (rounded.isZero() ? rounded.abs() : rounded).toFixed(decimals);
}
