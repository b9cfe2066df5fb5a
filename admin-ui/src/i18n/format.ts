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
// CLDR leaves four-digit Italian amounts ungrouped ("1234,56"); the public administration writes
// "1.234,56", hence useGrouping: 'always'.
const amountFormat = new Intl.NumberFormat('it-IT', {
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
  useGrouping: 'always',
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

/** `"1234.56"` → `€ 1.234,56`; `null` → empty. */
export function formatAmount(value: string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const amount = typeof value === 'number' ? value : Number(value);
  if (Number.isNaN(amount)) return String(value);
  const text = amountFormat.format(Math.abs(amount));
  return amount < 0 ? `-€ ${text}` : `€ ${text}`;
}
