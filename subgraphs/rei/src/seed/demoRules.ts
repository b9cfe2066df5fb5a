import { readReiParameterSet, type ReiParameters } from '../domain/parameters';

/**
 * The demo's copy of the REI-2018 parameter set. Seeds run before any service is up, so they
 * cannot ask the config subgraph; the amounts they store are what the checks would have said
 * with the parameter set config seeds (REI.md). Only demo data uses this copy.
 */
export const DEMO_RULES: ReiParameters = readReiParameterSet({
  code: 'REI-2018',
  validFrom: '2018-01-01',
  validTo: null,
  values: {
    scale: ['1.00', '1.57', '2.04', '2.46', '2.85'],
    scaleIncrementPerExtraMember: '0.35',
    thresholdBase: '3000.00',
    thresholdFactor: '0.75',
    annualAssegnoSociale: '5889.00',
    capFactor: '1.10',
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
  },
});
