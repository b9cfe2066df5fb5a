import type { ReadAuditSettings } from '@sisa/kernel';

/**
 * What the registry's read audit records: the subjects and households an operation returns, and
 * which of these fields it selected:
 * - `Household.isee`, `Household.iseeHistory`: the household's economic situation (ISEE, ISR,
 *   assets);
 * - `Household.history`: the household's revisions, ISEE recordings included;
 * - `Subject.customFields`, `Household.customFields`: the comune's own fields, which may hold
 *   health, disability or judicial data the platform cannot tell apart.
 */
export const REGISTRY_READ_AUDIT: ReadAuditSettings = {
  types: ['Subject', 'Household'],
  specialCategoryFields: [
    'Household.isee',
    'Household.iseeHistory',
    'Household.history',
    'Subject.customFields',
    'Household.customFields',
  ],
};
