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
  const reference = referenceDate ?? cachedToday();
  const referenceYear = Number(reference.slice(0, 4));
  let year = referenceYear - ((((referenceYear - twoDigitYear) % 100) + 100) % 100);
  const monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (year === referenceYear && monthDay > reference.slice(5)) year -= 100;
  if (month === 2 && day === 29 && !isLeapYear(year)) year -= 100;
  return year;
}

// Reading the Rome date costs more than checking a code: bulk imports ask once a second.
let today: { at: number; date: string } | undefined;

function cachedToday(): string {
  const now = Date.now();
  if (!today || now < today.at || now - today.at >= 1000) {
    today = { at: now, date: todayInItaly(new Date(now)) };
  }
  return today.date;
}
