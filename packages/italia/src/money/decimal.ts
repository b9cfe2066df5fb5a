import DecimalJs from 'decimal.js';

/**
 * decimal.js configured for SISA: 40 significant digits, banker's rounding for divisions, plain
 * notation (no exponent) in `toString()` for any amount we handle. Use it for every amount: money
 * never goes through binary floating point.
 */
export const Decimal: typeof DecimalJs = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -40,
  toExpPos: 40,
});

/** An instance of {@link Decimal}. */
export type Decimal = DecimalJs;

/** Types that accompany {@link Decimal}. */
// eslint-disable-next-line @typescript-eslint/no-namespace
export declare namespace Decimal {
  /** What a Decimal can be built from: a decimal string (preferred), a bigint, a number or a Decimal. */
  export type Value = DecimalJs.Value;
  /** A decimal.js rounding constant (`Decimal.ROUND_HALF_EVEN`…). */
  export type Rounding = DecimalJs.Rounding;
}
