/**
 * The groups of the `ageBand` and `iseeBand` indicator fields, in their order: registry computes
 * them, the console sorts a chart's groups by them. Age bands follow the usual social services
 * split (minors, young adults, adults, the REI "55 and over", elderly). ISEE bands mark the
 * thresholds that matter to measures: 3,000 € (REI's ISRE), 6,000 € (REI's ISEE), 9,360 €
 * (Reddito di Cittadinanza), 20,000 €; each band includes its upper bound (a decimal string).
 */
export const AGE_BANDS = [
  { label: '0-17', below: 18 },
  { label: '18-34', below: 35 },
  { label: '35-54', below: 55 },
  { label: '55-64', below: 65 },
  { label: '65+', below: null },
] as const;

export const ISEE_BANDS = [
  { label: '≤3.000', upTo: '3000' },
  { label: '3.000-6.000', upTo: '6000' },
  { label: '6.000-9.360', upTo: '9360' },
  { label: '9.360-20.000', upTo: '20000' },
  { label: '>20.000', upTo: null },
] as const;

/** The band of a household without a valid ISEE (after the others). */
export const NO_ISEE_BAND = 'senza ISEE';

/** The age band of an age in whole years. */
export function ageBand(age: number): string {
  return AGE_BANDS.find((b) => b.below === null || age < b.below)!.label;
}
