// The statuses people read, one word each: the console's lists, filters and chips and the
// services' messages and exports name a status alike ("In compilazione" everywhere, never "Bozza"
// in one place and the other elsewhere). The values are the GraphQL enums' (docs/CONTRACT.md).

/** The statuses of a REI application (docs/domain/REI.md, Lifecycle), in lifecycle order. */
export const REI_STATUSES = [
  'DRAFT',
  'CHECKS_PASSED',
  'CHECKS_FAILED',
  'SENT_TO_INPS',
  'ACCEPTED',
  'REJECTED',
  'SUSPENDED',
  'REVOKED',
  'ENDED',
] as const;
export type ReiStatus = (typeof REI_STATUSES)[number];

/** The requirement checks of docs/domain/REI.md, in the order a caseworker reads them. */
export const REI_CHECK_CODES = [
  'RESIDENCE',
  'PERMIT',
  'ISEE',
  'ISRE',
  'REAL_ESTATE',
  'MOVABLE_ASSETS',
  'VEHICLES',
  'BOATS',
  'UNEMPLOYMENT_BENEFITS',
  'FAMILY_COMPOSITION',
] as const;
export type ReiCheckCode = (typeof REI_CHECK_CODES)[number];

/** Statuses in which the municipal checks may run (again). */
export const REI_CHECKABLE_STATUSES: readonly ReiStatus[] = [
  'DRAFT',
  'CHECKS_PASSED',
  'CHECKS_FAILED',
];

/** The statuses of a SIUSS social benefit record (`SocialBenefitStatus`). */
export const SOCIAL_BENEFIT_STATUSES = [
  'DRAFT',
  'VALID',
  'INVALID',
  'TRANSMITTED',
  'CANCELLED',
] as const;
export type SocialBenefitStatus = (typeof SOCIAL_BENEFIT_STATUSES)[number];

/** The statuses of a SIUSS import (`ImportJobStatus`). */
export const IMPORT_JOB_STATUSES = ['RUNNING', 'COMPLETED', 'FAILED'] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** The statuses of a SIUSS transmission (`TransmissionStatus`): it exists once its files do. */
export const TRANSMISSION_STATUSES = ['READY'] as const;
export type TransmissionStatus = (typeof TRANSMISSION_STATUSES)[number];
