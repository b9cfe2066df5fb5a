import {
  epochDayOf,
  formatIsoDate,
  fromEpochDay,
  isRealDate,
  parseIsoDate,
} from '../calendar/isoDate';

const ITALIAN_DATE =
  /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?)?$/;
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EXCEL_SERIAL = /^\d{1,7}(?:[.,]\d+)?$/;
// 1899-12-30 is serial 0 for every serial after Excel's fictitious 1900-02-29 (serial 60).
const EXCEL_EPOCH_DAY = epochDayOf(1899, 12, 30);
const EXCEL_MAX_SERIAL = 2_958_465; // 9999-12-31

/**
 * Reads a date as people and spreadsheets write it and returns `YYYY-MM-DD`, or `null` when the
 * text is not a real date.
 *
 * Accepted: `dd/mm/yyyy`, `d/m/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy` (optionally followed by a time,
 * which is dropped), ISO `yyyy-mm-dd` (also with a time), and Excel serial day numbers of the 1900
 * date system (`43110` → `'2018-01-10'`; a fraction is the time of day and is dropped; serial 60 is
 * Excel's non-existent 1900-02-29 and gives `null`). Two-digit years are refused: their century is
 * a guess.
 */
export function parseItalianDate(text: string): string | null {
  const trimmed = text.trim();
  if (trimmed.length === 10) {
    // The two forms files use most, read without a regular expression.
    const c2 = trimmed.charCodeAt(2);
    if ((c2 === 47 || c2 === 46 || c2 === 45) && trimmed.charCodeAt(5) === c2) {
      const day = twoDigits(trimmed, 0);
      const month = twoDigits(trimmed, 3);
      const century = twoDigits(trimmed, 6);
      const years = twoDigits(trimmed, 8);
      if (day >= 0 && month >= 0 && century >= 0 && years >= 0)
        return realDate(century * 100 + years, month, day);
    } else if (trimmed.charCodeAt(4) === 45 && trimmed.charCodeAt(7) === 45) {
      const century = twoDigits(trimmed, 0);
      const years = twoDigits(trimmed, 2);
      const month = twoDigits(trimmed, 5);
      const day = twoDigits(trimmed, 8);
      if (century >= 0 && years >= 0 && month >= 0 && day >= 0)
        return isRealDate(century * 100 + years, month, day) ? trimmed : null;
    }
  }
  const italian = ITALIAN_DATE.exec(trimmed);
  if (italian) return realDate(Number(italian[4]), Number(italian[3]), Number(italian[1]));
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (EXCEL_SERIAL.test(trimmed))
    return fromExcelSerial(Math.floor(Number(trimmed.replace(',', '.'))));
  return null;
}

/** Writes a `YYYY-MM-DD` date as `dd/mm/yyyy`: `formatItalianDate('2018-01-10')` is `'10/01/2018'`. */
export function formatItalianDate(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(day)}/${pad(month)}/${String(year).padStart(4, '0')}`;
}

/** The date of an Excel serial day number (1900 date system), or `null` outside 1–2958465 or at 60. */
export function fromExcelSerial(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > EXCEL_MAX_SERIAL || serial === 60)
    return null;
  // Before the fictitious 29 February 1900 the serials are one day behind.
  return fromEpochDay(EXCEL_EPOCH_DAY + serial + (serial < 60 ? 1 : 0));
}

function realDate(year: number, month: number, day: number): string | null {
  return isRealDate(year, month, day) ? formatIsoDate({ year, month, day }) : null;
}

/** The number written by the two digits at `at`, or -1 when they are not two digits. */
function twoDigits(text: string, at: number): number {
  const tens = text.charCodeAt(at) - 48;
  const units = text.charCodeAt(at + 1) - 48;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}
