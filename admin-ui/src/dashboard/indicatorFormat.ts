const numberFormat = new Intl.NumberFormat('it-IT', {
  maximumFractionDigits: 2,
  useGrouping: 'always',
});
const moneyFormat = new Intl.NumberFormat('it-IT', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: 'always',
});

/**
 * An indicator's value (a Float: a count, a sum, an average) in Italian: "1.234", "12,5 %",
 * "€ 1.234,56" for euro amounts. Indicator values are statistics, not amounts to pay: no Decimal.
 */
export function formatIndicatorValue(
  value: number | null | undefined,
  unit?: string | null,
): string {
  if (value === null || value === undefined) return '—';
  if (unit === '€' || unit === 'EUR') return `€ ${moneyFormat.format(value)}`;
  return unit ? `${numberFormat.format(value)} ${unit}` : numberFormat.format(value);
}
