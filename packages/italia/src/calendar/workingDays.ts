import { isItalianHoliday } from './holidays';
import { dayOfWeek, fromEpochDay, toEpochDay } from './isoDate';

/** Options of the working-day functions. */
export interface WorkingDayOptions {
  /** More non-working days (`YYYY-MM-DD`), e.g. the comune's patron saint. */
  extraHolidays?: Iterable<string>;
}

// Bounds the loops: ten years of working days is far beyond any administrative deadline.
const MAX_STEPS = 3660;

/** True when a `YYYY-MM-DD` date is neither Saturday, Sunday nor an Italian national holiday. */
export function isWorkingDay(date: string, options: WorkingDayOptions = {}): boolean {
  return isWorking(date, extraSet(options));
}

/**
 * The date `days` working days after `date` (before it when negative); `date` itself is not
 * counted and need not be a working day. A deadline "within 15 working days of the application"
 * is `addWorkingDays(applicationDate, 15)`. Zero returns `date` unchanged.
 */
export function addWorkingDays(
  date: string,
  days: number,
  options: WorkingDayOptions = {},
): string {
  if (!Number.isSafeInteger(days) || Math.abs(days) > MAX_STEPS) {
    throw new RangeError(`Numero di giorni lavorativi non valido: ${days}`);
  }
  const extra = extraSet(options);
  const step = days < 0 ? -1 : 1;
  let day = toEpochDay(date);
  for (let remaining = Math.abs(days); remaining > 0;) {
    day += step;
    if (isWorking(fromEpochDay(day), extra)) remaining -= 1;
  }
  return fromEpochDay(day);
}

/**
 * Working days after `from` up to and including `to`, so that
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n`. Negative when `to` comes before `from`
 * (then it counts the working days after `to` up to and including `from`).
 */
export function workingDaysBetween(
  from: string,
  to: string,
  options: WorkingDayOptions = {},
): number {
  const start = toEpochDay(from);
  const end = toEpochDay(to);
  if (end < start) return -workingDaysBetween(to, from, options);
  if (end - start > MAX_STEPS * 2) {
    throw new RangeError(
      `Intervallo troppo lungo per il conteggio dei giorni lavorativi: ${from} – ${to}`,
    );
  }
  const extra = extraSet(options);
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) {
    if (isWorking(fromEpochDay(day), extra)) count += 1;
  }
  return count;
}

function isWorking(date: string, extra: ReadonlySet<string>): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && !isItalianHoliday(date) && !extra.has(date);
}

function extraSet(options: WorkingDayOptions): ReadonlySet<string> {
  return new Set(options.extraHolidays ?? []);
}
