import type { ReadAuditSettings } from '@sisa/kernel';

/**
 * What the casework subgraph's read audit records: the referrals and the cases an operation
 * returns (a diary entry, a problem or a resource counts as its case). A referral says who may
 * need social services and why; a case's diary, problems and resources are the social-work file
 * itself: all of it is special-category data, and these fields say most.
 */
export const CASEWORK_READ_AUDIT: ReadAuditSettings = {
  types: ['Referral', 'SocialCase'],
  specialCategoryFields: [
    'Referral.description',
    'Referral.personDescription',
    'Referral.triageNote',
    'SocialCase.diary',
    'SocialCase.assessments',
    'SocialCase.documents',
    'SocialCase.problems',
    'SocialCase.resources',
    'SocialCase.closureReason',
    'SocialCase.customFields',
  ],
};
