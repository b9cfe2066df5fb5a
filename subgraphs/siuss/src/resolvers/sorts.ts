import { sortTable } from '@sisa/kernel';

/** What `socialBenefits` sorts on (`SocialBenefitSortField`): the enum value names the property. */
export const BENEFIT_SORT = sortTable('SocialBenefitSortField', [
  'createdAt',
  'updatedAt',
  'fiscalCode',
  'lastName',
  'serviceCode',
  'status',
  'startDate',
  'paymentDate',
  'amount',
  'monthlyAmount',
  'id',
]);

export const SIUSS_SORTS = [BENEFIT_SORT];
