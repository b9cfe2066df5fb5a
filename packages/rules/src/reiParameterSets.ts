/** One REI parameter set as every installation starts with it (amounts as decimal strings). */
export interface ReiParameterSetSeed {
  readonly code: string;
  readonly measure: 'REI';
  readonly validFrom: string;
  readonly validTo: string | null;
  readonly values: Readonly<Record<string, unknown>>;
}

/** What the REI sets share (D.Lgs. 147/2017; docs/domain/REI.md). */
const COMMON = {
  scale: ['1.00', '1.57', '2.04', '2.46', '2.85'],
  scaleIncrementPerExtraMember: '0.35',
  thresholdBase: '3000.00',
  thresholdFactor: '0.75',
  capOrder: 'AFTER_ISR',
  roundingMode: 'HALF_EVEN',
  minimumMonthlyAmount: '0.00',
  iseeMax: '6000.00',
  isreMax: '3000.00',
  realEstateMax: '20000.00',
  movableAssetsMax: ['6000.00', '8000.00', '10000.00'],
  durationMonths: 18,
  renewalGapMonths: 6,
  renewalMonths: 12,
  familyCompositionRequiredUntil: '2018-05-31',
  deadlines: {
    sendToInpsWorkingDays: 15,
    inpsAnswerWorkingDays: 5,
    preliminaryAssessmentDays: 25,
    projectSignatureWorkingDays: 20,
  },
};

/**
 * The REI parameter sets: the 2017 rules (cap = assegno sociale 2017, 448.07 × 13 = 5,824.91);
 * from 2018-01-01, L. 205/2017 co. 193 (cap = assegno sociale 2018 5,889.00 × 1.10 = 6,477.90);
 * then the cap follows the assegno sociale: 2019 457.99 × 13 = 5,953.87 (× 1.10 = 6,549.25),
 * 2020 459.83 × 13 = 5,977.79 (× 1.10 = 6,575.56, INPS msg. 161/2020). A month paid takes the
 * set in force on its first day. The config subgraph seeds them once (a platform admin's later
 * edits stay); the demo data and the tests read the same numbers from here.
 */
export const REI_PARAMETER_SETS: readonly ReiParameterSetSeed[] = [
  {
    code: 'REI-2017',
    measure: 'REI',
    validFrom: '2017-12-01',
    validTo: '2017-12-31',
    values: { ...COMMON, annualAssegnoSociale: '5824.91', capFactor: '1.00' },
  },
  {
    code: 'REI-2018',
    measure: 'REI',
    validFrom: '2018-01-01',
    validTo: '2018-12-31',
    values: { ...COMMON, annualAssegnoSociale: '5889.00', capFactor: '1.10' },
  },
  {
    code: 'REI-2019',
    measure: 'REI',
    validFrom: '2019-01-01',
    validTo: '2019-12-31',
    values: { ...COMMON, annualAssegnoSociale: '5953.87', capFactor: '1.10' },
  },
  {
    code: 'REI-2020',
    measure: 'REI',
    validFrom: '2020-01-01',
    validTo: null,
    values: { ...COMMON, annualAssegnoSociale: '5977.79', capFactor: '1.10' },
  },
];

/** One of the sets by its code ('REI-2018'); throws for a code that is not there. */
export function reiParameterSet(code: string): ReiParameterSetSeed {
  const set = REI_PARAMETER_SETS.find((s) => s.code === code);
  if (!set) throw new Error(`Set di parametri REI sconosciuto: ${code}`);
  return set;
}
