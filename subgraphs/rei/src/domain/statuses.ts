import { REI_CHECK_CODES, REI_STATUS_LABELS, type ReiCheckCode, type ReiStatus } from '@sisa/rules';

// The statuses and their Italian names are shared with the console (@sisa/rules).
export { REI_STATUSES, type ReiStatus } from '@sisa/rules';

/** Italian names of the statuses, for explanations and exports: the words the console shows. */
export const STATUS_LABELS = REI_STATUS_LABELS;

/** Statuses after which nothing more happens to the application. */
export const FINAL_STATUSES: readonly ReiStatus[] = ['REJECTED', 'REVOKED', 'ENDED'];

/** Statuses in which the benefit runs (the last month may end it). */
export const RUNNING_STATUSES: readonly ReiStatus[] = ['ACCEPTED', 'SUSPENDED'];

export const CHECK_OUTCOMES = ['PASSED', 'FAILED', 'NOT_VERIFIABLE', 'NOT_APPLICABLE'] as const;
export type CheckOutcome = (typeof CHECK_OUTCOMES)[number];

/** The requirement checks of docs/domain/REI.md, in the order a caseworker reads them. */
export const CHECK_CODES = REI_CHECK_CODES;
export type CheckCode = ReiCheckCode;

export const CHECK_LABELS: Record<CheckCode, string> = {
  RESIDENCE: 'Residenza in Italia da almeno 2 anni',
  PERMIT: 'Cittadinanza o titolo di soggiorno',
  ISEE: 'ISEE in corso di validità',
  ISRE: 'ISRE ai fini REI',
  REAL_ESTATE: 'Patrimonio immobiliare',
  MOVABLE_ASSETS: 'Patrimonio mobiliare',
  VEHICLES: 'Autoveicoli e motoveicoli',
  BOATS: 'Navi e imbarcazioni da diporto',
  UNEMPLOYMENT_BENEFITS: 'Prestazioni di disoccupazione',
  FAMILY_COMPOSITION: 'Composizione del nucleo familiare',
};

export function isCheckCode(code: string): code is CheckCode {
  return (CHECK_CODES as readonly string[]).includes(code);
}
