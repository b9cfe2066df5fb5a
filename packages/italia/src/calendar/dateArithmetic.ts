import { daysInMonth, formatIsoDate, fromEpochDay, parseIsoDate, toEpochDay } from './isoDate';

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  assertInteger(days, 'days');
  return fromEpochDay(toEpochDay(date) + days);
}

/**
 * The date `months` months after `date` (before it when negative). The day is kept, and moved
 * back to the last day of the month when that month is shorter: 2018-01-31 + 1 → 2018-02-28.
 */
export function addMonths(date: string, months: number): string {
  assertInteger(months, 'months');
  const { year, month, day } = parseIsoDate(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  if (targetYear < 1 || targetYear > 9999) {
    throw new RangeError(`Data fuori dall'intervallo ammesso: ${date} + ${months} mesi`);
  }
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return formatIsoDate({ year: targetYear, month: targetMonth, day: targetDay });
}

/**
 * How many calendar months from `fromMonth` to `toMonth` (`YYYY-MM`), both included:
 * `monthsInclusive('2018-02', '2018-12')` is 11. Zero when `toMonth` comes before `fromMonth`.
 */
export function monthsInclusive(fromMonth: string, toMonth: string): number {
  const count = monthIndex(toMonth) - monthIndex(fromMonth) + 1;
  return Math.max(0, count);
}

/** Calendar days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}

function monthIndex(yearMonth: string): number {
  const match = YEAR_MONTH.exec(yearMonth);
  if (!match) throw new RangeError(`Mese non valido: "${yearMonth}" (formato atteso AAAA-MM)`);
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

function assertInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(`Il numero di ${name === 'days' ? 'giorni' : 'mesi'} deve essere intero`);
  }
}
