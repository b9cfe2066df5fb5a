import { sortTable } from '@sisa/kernel';

/** What `subjects` sorts on (`SubjectSortField`): the enum value names the property. */
export const SUBJECT_SORT = sortTable('SubjectSortField', [
  'lastName',
  'firstName',
  'fiscalCode',
  'birthDate',
  'createdAt',
  'updatedAt',
  'id',
]);
/** What `households` sorts on (`HouseholdSortField`). */
export const HOUSEHOLD_SORT = sortTable('HouseholdSortField', ['createdAt', 'updatedAt', 'id']);

export const REGISTRY_SORTS = [SUBJECT_SORT, HOUSEHOLD_SORT];
