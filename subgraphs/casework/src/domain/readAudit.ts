import type { ReadAuditSettings } from '@sisa/kernel';

/**
 * What the casework subgraph's read audit records: the referrals an operation returns. A referral
 * says who may need social services and why (a school's or a hospital's report): all of it is
 * special-category data; its description and the person's description say most.
 */
export const CASEWORK_READ_AUDIT: ReadAuditSettings = {
  types: ['Referral'],
  specialCategoryFields: [
    'Referral.description',
    'Referral.personDescription',
    'Referral.triageNote',
  ],
};
