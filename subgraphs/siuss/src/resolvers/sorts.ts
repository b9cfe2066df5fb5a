import { sortTable } from '@sisa/kernel';
import { SOCIAL_BENEFIT_SORT_FIELDS } from '@sisa/rules';

/** What `socialBenefits` sorts on (`SocialBenefitSortField`): the enum value names the property. */
export const BENEFIT_SORT = sortTable('SocialBenefitSortField', SOCIAL_BENEFIT_SORT_FIELDS);

export const SIUSS_SORTS = [BENEFIT_SORT];
