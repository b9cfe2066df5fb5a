// The one Italian vocabulary of the statuses people see: every screen that names a REI
// application's or a SIUSS record's status (its own list, the subject's tabs, filters) uses these.
// The REI subgraph's explanations use the same words (subgraphs/rei/src/domain/statuses.ts).

export const REI_STATUS_LABELS = {
  DRAFT: 'In compilazione',
  CHECKS_PASSED: 'Controlli superati',
  CHECKS_FAILED: 'Controlli non superati',
  SENT_TO_INPS: 'Inviata all’INPS',
  ACCEPTED: 'Accolta',
  REJECTED: 'Respinta',
  SUSPENDED: 'Sospesa',
  REVOKED: 'Revocata (decadenza)',
  ENDED: 'Conclusa',
};

export const BENEFIT_STATUS_LABELS = {
  DRAFT: 'Bozza',
  VALID: 'Pronta per l’invio',
  INVALID: 'Da correggere',
  TRANSMITTED: 'Inviata',
  CANCELLED: 'Annullata',
};
