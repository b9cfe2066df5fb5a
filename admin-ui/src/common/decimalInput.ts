import type { Validator } from 'react-admin';

/**
 * A money or decimal amount typed the Italian way ("1.234,56", "1234,5") or the contract's way
 * ("1234.56") → the contract's Decimal string ("1234.56"), never through a float.
 */
export function toDecimalString(typed: string | null | undefined): string | null {
  const text = (typed ?? '').replace(/[\s€]/g, '');
  if (!text) return null;
  return text.includes(',') ? text.replace(/\./g, '').replace(',', '.') : text;
}

/** A Decimal string with at most `places` decimals (default 2). */
export const decimal =
  (places = 2): Validator =>
  (value: string | null | undefined) => {
    const normalized = toDecimalString(value);
    if (normalized === null) return undefined;
    return new RegExp(`^-?\\d+(\\.\\d{1,${places}})?$`).test(normalized)
      ? undefined
      : 'app.validation.decimal';
  };
