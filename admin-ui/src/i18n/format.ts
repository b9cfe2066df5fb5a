// Italian formats for what the contract sends: `Date` (YYYY-MM-DD), `DateTime` (ISO 8601) and
// `Decimal` (a string with a dot, "1234.56").

const dayFormat = new Intl.DateTimeFormat('it-IT', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Rome',
});
const instantFormat = new Intl.DateTimeFormat('it-IT', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Rome',
});
/** `2025-01-05` → `05/01/2025` (a calendar day: no time zone shift). */
export function formatDay(value: string | null | undefined): string {
  if (!value) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (match && value.length === 10) return `${match[3]}/${match[2]}/${match[1]}`;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : dayFormat.format(date);
}

/** An ISO instant → `05/01/2025, 09:03`, in Italian time. */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : instantFormat.format(date);
}

/**
 * `"1234.56"` → `€ 1.234,56`; `null` → empty. A `Decimal` is formatted as text, digit by digit:
 * money never goes through a binary float. (CLDR would also leave "1234,56" ungrouped; the public
 * administration writes "1.234,56".)
 */
export function formatAmount(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const text = typeof value === 'number' ? value.toFixed(2) : value.trim();
  const match = /^([-+]?)(\d+)(?:\.(\d*))?$/.exec(text);
  if (!match) return String(value);
  const [, sign, whole = '0', fraction = ''] = match;
  const grouped = whole.replace(/^0+(?=\d)/, '').replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const cents = fraction.length >= 2 ? fraction : fraction.padEnd(2, '0');
  const negative = sign === '-' && /[1-9]/.test(whole + fraction);
  return `${negative ? '-' : ''}€ ${grouped},${cents}`;
}
