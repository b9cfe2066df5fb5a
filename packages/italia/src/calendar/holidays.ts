import { addDays } from './dateArithmetic';
import { easterSunday } from './easter';
import { parseIsoDate } from './isoDate';

/**
 * A national holiday fixed to a day of the year, with the years it applies to. The list follows
 * L. 260/1949 art. 2 as amended by L. 54/1977 (which dropped 6/1, 2/6 and 4/10), DPR 792/1985
 * (6/1 again from 1986), L. 336/2000 (2/6 again from 2001) and L. 151/2025 (4/10, San Francesco
 * d'Assisi, from 2026). Years before 1977 are computed with the 1977 rules.
 */
interface FixedHoliday {
  monthDay: string;
  name: string;
  fromYear?: number;
}

const FIXED_HOLIDAYS: readonly FixedHoliday[] = [
  { monthDay: '01-01', name: 'Capodanno' },
  { monthDay: '01-06', name: 'Epifania', fromYear: 1986 },
  { monthDay: '04-25', name: 'Festa della Liberazione' },
  { monthDay: '05-01', name: 'Festa del Lavoro' },
  { monthDay: '06-02', name: 'Festa della Repubblica', fromYear: 2001 },
  { monthDay: '08-15', name: 'Assunzione (Ferragosto)' },
  { monthDay: '10-04', name: "San Francesco d'Assisi", fromYear: 2026 },
  { monthDay: '11-01', name: 'Ognissanti' },
  { monthDay: '12-08', name: 'Immacolata Concezione' },
  { monthDay: '12-25', name: 'Natale' },
  { monthDay: '12-26', name: 'Santo Stefano' },
];

/** A national holiday of one year. */
export interface ItalianHoliday {
  date: string;
  name: string;
}

/**
 * The Italian national holidays of a year with their names, in date order, Easter Monday
 * included (Easter Sunday is a Sunday anyway and is not listed). Local patron saints are not
 * national holidays: pass them as `extraHolidays` to the working-day functions.
 */
export function italianHolidaysWithNames(year: number): ItalianHoliday[] {
  const easterMonday = addDays(easterSunday(year), 1);
  const holidays: ItalianHoliday[] = FIXED_HOLIDAYS.filter(
    (holiday) => holiday.fromYear === undefined || year >= holiday.fromYear,
  ).map((holiday) => ({
    date: `${String(year).padStart(4, '0')}-${holiday.monthDay}`,
    name: holiday.name,
  }));
  holidays.push({ date: easterMonday, name: "Lunedì dell'Angelo (Pasquetta)" });
  return holidays.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The Italian national holidays of a year as `YYYY-MM-DD` dates, in order: 1/1, 6/1, Easter
 * Monday, 25/4, 1/5, 2/6, 15/8, 4/10 (from 2026, L. 8 ottobre 2025 n. 151), 1/11, 8/12, 25/12, 26/12.
 */
export function italianHolidays(year: number): string[] {
  return italianHolidaysWithNames(year).map((holiday) => holiday.date);
}

const holidayCache = new Map<number, ReadonlySet<string>>();

/** True when a `YYYY-MM-DD` date is an Italian national holiday. */
export function isItalianHoliday(date: string): boolean {
  const { year } = parseIsoDate(date);
  let holidays = holidayCache.get(year);
  if (!holidays) {
    holidays = new Set(italianHolidays(year));
    holidayCache.set(year, holidays);
  }
  return holidays.has(date);
}
