import { sortTable } from '@sisa/kernel';
import { HOUSEHOLD_SORT_FIELDS, SUBJECT_SORT_FIELDS } from '@sisa/rules';

/** What `subjects` sorts on (`SubjectSortField`): the enum value names the property. */
export const SUBJECT_SORT = sortTable('SubjectSortField', SUBJECT_SORT_FIELDS);
/** What `households` sorts on (`HouseholdSortField`). */
export const HOUSEHOLD_SORT = sortTable('HouseholdSortField', HOUSEHOLD_SORT_FIELDS);

export const REGISTRY_SORTS = [SUBJECT_SORT, HOUSEHOLD_SORT];
