import type { SortTable } from '@sisa/kernel';

/**
 * What `referrals` sorts on (`ReferralSortField` → property). URGENCY sorts on the urgency's
 * inbox rank (URGENT first when ascending), not on its name.
 */
export const REFERRAL_SORT: SortTable = {
  enumName: 'ReferralSortField',
  fields: { RECEIVED_AT: 'receivedAt', URGENCY: 'urgencyRank', STATUS: 'status', ID: 'id' },
};

/** What `socialCases` sorts on (`SocialCaseSortField` → property). */
export const SOCIAL_CASE_SORT: SortTable = {
  enumName: 'SocialCaseSortField',
  fields: { OPENED_AT: 'openedAt', NUMBER: 'number', STATUS: 'status', ID: 'id' },
};

export const CASEWORK_SORTS = [REFERRAL_SORT, SOCIAL_CASE_SORT];
