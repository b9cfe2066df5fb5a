// The Italian names of the statuses, one word each: the console's lists, filters and chips and
// the services' messages and exports name a status alike ("In compilazione" everywhere). Apart
// from the lists of statuses (./statuses.ts): the console's first screen carries only these.

import type {
  ImportJobStatus,
  ReiStatus,
  SocialBenefitStatus,
  TransmissionStatus,
} from './statuses';

/** The Italian names of the REI statuses. */
export const REI_STATUS_LABELS: Readonly<Record<ReiStatus, string>> = {
  DRAFT: 'In compilazione',
  CHECKS_PASSED: 'Controlli superati',
  CHECKS_FAILED: 'Controlli non superati',
  SENT_TO_INPS: 'Inviata all\u2019INPS',
  ACCEPTED: 'Accolta',
  REJECTED: 'Respinta',
  SUSPENDED: 'Sospesa',
  REVOKED: 'Revocata (decadenza)',
  ENDED: 'Conclusa',
};

/** The Italian names of the SIUSS record statuses. */
export const SOCIAL_BENEFIT_STATUS_LABELS: Readonly<Record<SocialBenefitStatus, string>> = {
  DRAFT: 'Bozza',
  VALID: 'Pronta per l\u2019invio',
  INVALID: 'Da correggere',
  TRANSMITTED: 'Inviata',
  CANCELLED: 'Annullata',
};

/** The Italian names of the SIUSS import statuses. */
export const IMPORT_JOB_STATUS_LABELS: Readonly<Record<ImportJobStatus, string>> = {
  RUNNING: 'In corso',
  COMPLETED: 'Completata',
  FAILED: 'Non riuscita',
};

/** The Italian names of the SIUSS transmission statuses. */
export const TRANSMISSION_STATUS_LABELS: Readonly<Record<TransmissionStatus, string>> = {
  READY: 'File pronti',
};
