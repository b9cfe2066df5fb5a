import type { IndicatorInput } from './indicatorRules';

/**
 * The dashboard every tenant starts with (built-in fields only, so they hold for any tenant).
 * Positions follow the order: registry first, then REI, then SIUSS.
 */
export const DEFAULT_INDICATORS: readonly IndicatorInput[] = [
  {
    key: 'subjects_by_sex',
    label: 'Persone per sesso',
    entity: 'SUBJECT',
    aggregate: 'COUNT',
    groupBy: 'sex',
  },
  {
    key: 'subjects_by_age_band',
    label: 'Persone per fascia d\u2019età',
    entity: 'SUBJECT',
    aggregate: 'COUNT',
    groupBy: 'ageBand',
  },
  {
    key: 'subjects_foreign',
    label: 'Persone con cittadinanza straniera',
    entity: 'SUBJECT',
    aggregate: 'COUNT',
    filter: { foreignCitizen: true },
  },
  {
    key: 'households_valid_isee',
    label: 'Nuclei con ISEE valido',
    entity: 'HOUSEHOLD',
    aggregate: 'COUNT',
    filter: { hasValidIsee: true },
  },
  {
    key: 'households_by_isee_band',
    label: 'Nuclei per fascia ISEE',
    entity: 'HOUSEHOLD',
    aggregate: 'COUNT',
    groupBy: 'iseeBand',
    filter: { hasValidIsee: true },
  },
  {
    key: 'rei_by_status',
    label: 'Domande REI per stato',
    entity: 'REI_APPLICATION',
    aggregate: 'COUNT',
    groupBy: 'status',
  },
  {
    key: 'rei_overdue',
    label: 'Domande REI con scadenze superate',
    entity: 'REI_APPLICATION',
    aggregate: 'COUNT',
    filter: { overdue: true },
  },
  {
    key: 'rei_monthly_amount_granted',
    label: 'Importo mensile REI concesso',
    entity: 'REI_APPLICATION',
    aggregate: 'SUM',
    field: 'monthlyAmount',
    filter: { status: 'ACCEPTED' },
    unit: '€',
  },
  {
    key: 'rei_by_submission_month',
    label: 'Domande REI per mese di presentazione (ultimi 12 mesi)',
    entity: 'REI_APPLICATION',
    aggregate: 'COUNT',
    groupBy: 'submittedAt:month',
    period: { field: 'submittedAt', lastMonths: 12 },
  },
  {
    key: 'social_benefits_invalid',
    label: 'Prestazioni SIUSS da correggere',
    entity: 'SOCIAL_BENEFIT',
    aggregate: 'COUNT',
    filter: { status: 'INVALID' },
  },
].map((indicator, position) => ({ ...indicator, position }) as IndicatorInput);
