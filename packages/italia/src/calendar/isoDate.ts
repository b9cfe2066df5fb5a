const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A calendar date split into its parts (month 1–12). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** True for leap years of the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days of a month (1–12) in a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when year, month and day name a real day (years 1–9999). */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** True when `text` is a real date written `YYYY-MM-DD` (`'2018-02-29'` is false). */
export function isIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  return match !== null && isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Splits a `YYYY-MM-DD` date into its parts.
 *
 * @throws RangeError when the text is not a real date in that form.
 */
export function parseIsoDate(text: string): DateParts {
  const match = ISO_DATE.exec(text);
  const parts = match && { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (!parts || !isRealDate(parts.year, parts.month, parts.day)) {
    throw new RangeError(`Data non valida: "${text}" (formato atteso AAAA-MM-GG)`);
  }
  return parts;
}

/** Writes date parts as `YYYY-MM-DD`. */
export function formatIsoDate(parts: DateParts): string {
  const { year, month, day } = parts;
  if (year >= 1000 && year <= 9999 && PAD2[month] !== undefined && PAD2[day] !== undefined) {
    return `${year}-${PAD2[month]}-${PAD2[day]}`;
  }
  const pad = (value: number, width: number) => String(value).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

// Two-digit months and days, written once.
const PAD2: readonly string[] = Array.from({ length: 100 }, (_, n) =>
  n < 10 ? `0${n}` : String(n),
);

/** Days since 1970-01-01 of a `YYYY-MM-DD` date (negative before 1970). */
export function toEpochDay(date: string): number {
  const { year, month, day } = parseIsoDate(date);
  return epochDayOf(year, month, day);
}

/** Days since 1970-01-01 of date parts (they must be a real date). */
export function epochDayOf(year: number, month: number, day: number): number {
  const utc = new Date(0);
  utc.setUTCFullYear(year, month - 1, day);
  return Math.round(utc.getTime() / MS_PER_DAY);
}

/** The `YYYY-MM-DD` date of a day number since 1970-01-01. */
export function fromEpochDay(epochDay: number): string {
  const utc = new Date(epochDay * MS_PER_DAY);
  return formatIsoDate({
    year: utc.getUTCFullYear(),
    month: utc.getUTCMonth() + 1,
    day: utc.getUTCDate(),
  });
}

/** Day of the week of a `YYYY-MM-DD` date: 0 Sunday … 6 Saturday. */
export function dayOfWeek(date: string): number {
  return (((toEpochDay(date) + 4) % 7) + 7) % 7;
}
