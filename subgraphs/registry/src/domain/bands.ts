import { Decimal } from '@sisa/italia';
import { ISEE_BANDS, NO_ISEE_BAND } from '@sisa/rules';

// The bands and their order are shared with the console (@sisa/rules).
export { AGE_BANDS, ISEE_BANDS, NO_ISEE_BAND, ageBand } from '@sisa/rules';

/** The ISEE band of an amount (a decimal string), or NO_ISEE_BAND for none. */
export function iseeBand(isee: string | null): string {
  if (isee === null) return NO_ISEE_BAND;
  const value = new Decimal(isee);
  return ISEE_BANDS.find((b) => b.upTo === null || value.lte(b.upTo))!.label;
}

/** Whole years from `birthDate` to `date` (both `YYYY-MM-DD`). */
export function ageOn(birthDate: string, date: string): number {
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}
