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
  return monthsInclusive(startDate.slice(0, 7), endDate.slice(0, 7));
}

/**
 * INPS wants a periodic benefit's start and end in the same calendar year: one spanning years
 * becomes one slice per year (1 January – 31 December in between), each with the months it
 * covers. Without an end date there is one slice, with the given months when they fit a year.
 */
export function splitPeriodicByYear(startDate: string, endDate: string | null, months: number | null = null): YearSlice[] {
  if (!endDate) return [{ startDate, endDate: null, months: months !== null && months >= 1 && months <= 12 ? months : null }];
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
