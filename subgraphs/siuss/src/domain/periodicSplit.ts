import { monthsInclusive } from '@sisa/italia';

/** One calendar year of a periodic benefit, as one PrestazioniSociali. */
export interface YearSlice {
  startDate: string;
  endDate: string | null;
  /** PeriodoErogazione: months covered in that year, both ends included (1–12). */
  months: number | null;
}

/** PeriodoErogazione of a period: calendar months from start to end, both included. */
export function periodoErogazione(startDate: string, endDate: string): number {
  const from = monthNumber(startDate);
  const to = monthNumber(endDate);
  // Dates in another form than YYYY-MM-DD go through the checked reading (which says why not).
  if (Number.isNaN(from) || Number.isNaN(to))
    return monthsInclusive(startDate.slice(0, 7), endDate.slice(0, 7));
  return Math.max(0, to - from + 1);
}

/** Year × 12 + month of a `YYYY-MM-DD` date, read by character code (NaN for another form). */
function monthNumber(date: string): number {
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = date.charCodeAt(i) - 48;
    if (!(d >= 0 && d <= 9)) return NaN;
    year = year * 10 + d;
  }
  const tens = date.charCodeAt(5) - 48;
  const units = date.charCodeAt(6) - 48;
  const month = tens * 10 + units;
  if (
    date.charCodeAt(4) !== 45 ||
    !(tens >= 0 && tens <= 1 && units >= 0 && units <= 9) ||
    month < 1 ||
    month > 12
  )
    return NaN;
  return year * 12 + month - 1;
}

/**
 * INPS wants a periodic benefit's start and end in the same calendar year: one spanning years
 * becomes one slice per year (1 January – 31 December in between), each with the months it
 * covers. Without an end date there is one slice, with the given months when they fit a year.
 */
export function splitPeriodicByYear(
  startDate: string,
  endDate: string | null,
  months: number | null = null,
): YearSlice[] {
  if (!endDate)
    return [
      {
        startDate,
        endDate: null,
        months: months !== null && months >= 1 && months <= 12 ? months : null,
      },
    ];
  if (endDate < startDate) return [{ startDate, endDate, months: null }];
  const first = Number(startDate.slice(0, 4));
  const last = Number(endDate.slice(0, 4));
  const slices: YearSlice[] = [];
  for (let year = first; year <= last; year++) {
    const from = year === first ? startDate : `${year}-01-01`;
    const to = year === last ? endDate : `${year}-12-31`;
    slices.push({ startDate: from, endDate: to, months: periodoErogazione(from, to) });
  }
  return slices;
}
