import { isLeapYear } from '../calendar/isoDate';
import { todayInItaly } from '../calendar/today';

/**
 * The four-digit birth year of a two-digit year in a codice fiscale: the most recent year whose
 * date (month and day) is not after the reference date (default today in Italy).
 * With reference 2026-11-26: `'05'` → 2005, `'80'` → 1980, `'26'` with December → 1926.
 * A 29 February that does not exist in the recent century falls back to the one before.
 */
export function resolveBirthYear(
  twoDigitYear: number,
  month: number,
  day: number,
  referenceDate?: string,
): number {
  if (referenceDate === undefined) {
    const today = cachedToday();
    return birthYear(twoDigitYear, month, day, today.year, today.monthDay);
  }
  const referenceYear = Number(referenceDate.slice(0, 4));
  const referenceMonthDay =
    Number(referenceDate.slice(5, 7)) * 100 + Number(referenceDate.slice(8, 10));
  return birthYear(twoDigitYear, month, day, referenceYear, referenceMonthDay);
}

/** The same, with the reference as numbers (month × 100 + day): no allocation. */
export function birthYear(
  twoDigitYear: number,
  month: number,
  day: number,
  referenceYear: number,
  referenceMonthDay: number,
): number {
  let year = referenceYear - ((((referenceYear - twoDigitYear) % 100) + 100) % 100);
  if (year === referenceYear && month * 100 + day > referenceMonthDay) year -= 100;
  if (month === 2 && day === 29 && !isLeapYear(year)) year -= 100;
  return year;
}

// Reading the Rome date costs more than checking a code: bulk imports ask once a second.
let today: { at: number; year: number; monthDay: number } | undefined;

/** Today in Italy as numbers, read again at most once a second. */
export function cachedToday(): { year: number; monthDay: number } {
  const now = Date.now();
  if (!today || now < today.at || now - today.at >= 1000) {
    const date = todayInItaly(new Date(now));
    today = {
      at: now,
      year: Number(date.slice(0, 4)),
      monthDay: Number(date.slice(5, 7)) * 100 + Number(date.slice(8, 10)),
    };
  }
  return today;
}
