import { isItalianHoliday } from './holidays';
import { dayOfWeek, fromEpochDay, toEpochDay } from './isoDate';

/** Options of the working-day functions. */
export interface WorkingDayOptions {
  /** More non-working days (`YYYY-MM-DD`), e.g. a day the offices closed. */
  extraHolidays?: Iterable<string>;
  /** Non-working days of every year (`MM-DD`), e.g. the comune's patron saint (`12-07`). */
  annualHolidays?: Iterable<string>;
}

/** Local holidays in a form the loops can test quickly. */
interface LocalHolidays {
  dates: ReadonlySet<string>;
  monthDays: ReadonlySet<string>;
}

// Bounds the loops: ten years of working days is far beyond any administrative deadline.
const MAX_STEPS = 3660;

/** True when a `YYYY-MM-DD` date is neither Saturday, Sunday nor an Italian national holiday. */
export function isWorkingDay(date: string, options: WorkingDayOptions = {}): boolean {
  return isWorking(date, localHolidays(options));
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
  const extra = localHolidays(options);
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
  const extra = localHolidays(options);
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) {
    if (isWorking(fromEpochDay(day), extra)) count += 1;
  }
  return count;
}

function isWorking(date: string, local: LocalHolidays): boolean {
  const weekday = dayOfWeek(date);
  return (
    weekday !== 0 &&
    weekday !== 6 &&
    !isItalianHoliday(date) &&
    !local.dates.has(date) &&
    !local.monthDays.has(date.slice(5))
  );
}

function localHolidays(options: WorkingDayOptions): LocalHolidays {
  return {
    dates: new Set(options.extraHolidays ?? []),
    monthDays: new Set(options.annualHolidays ?? []),
  };
}

/** True for a `MM-DD` day that exists in some year (`02-29` included). */
export function isMonthDay(value: string): boolean {
  const match = /^(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  const longest = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= longest[month - 1]!;
}
