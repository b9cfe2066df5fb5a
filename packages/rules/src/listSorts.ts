/**
 * What the API's paged lists sort on: the properties each `XxxSortField` enum names. The
 * subgraph's sort table (the kernel's `sortTable`: a subgraph refuses to start when its enum and
 * its table disagree) and the console's lists (which send only these) read the same names.
 */

/** The enum value of a camelCase field name: `lastName` → `LAST_NAME`, `id` → `ID`. */
export function sortFieldValue(field: string): string {
  return field
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toUpperCase();
}

/** `subjects` (`SubjectSortField`). */
export const SUBJECT_SORT_FIELDS = [
  'lastName',
  'firstName',
  'fiscalCode',
  'birthDate',
  'createdAt',
  'updatedAt',
  'id',
] as const;

/** `households` (`HouseholdSortField`). */
export const HOUSEHOLD_SORT_FIELDS = ['createdAt', 'updatedAt', 'id'] as const;

/** `reiApplications` (`ReiApplicationSortField`). */
export const REI_APPLICATION_SORT_FIELDS = [
  'submittedAt',
  'protocolNumber',
  'status',
  'applicantName',
  'accessPoint',
  'monthlyAmount',
  'nextDue',
  'firstMonth',
  'createdAt',
  'updatedAt',
  'id',
] as const;

/** `inpsExports` (`InpsExportSortField`). */
export const INPS_EXPORT_SORT_FIELDS = [
  'createdAt',
  'fileName',
  'applicationCount',
  'createdBy',
  'id',
] as const;

/** `socialBenefits` (`SocialBenefitSortField`). */
export const SOCIAL_BENEFIT_SORT_FIELDS = [
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
] as const;

/** `users` (`UserSortField`). */
export const USER_SORT_FIELDS = ['username', 'fullName', 'lastLoginAt', 'id'] as const;

/** `supportGrants` (`SupportGrantSortField`). */
export const SUPPORT_GRANT_SORT_FIELDS = ['createdAt', 'validUntil', 'id'] as const;

/** `auditEvents` (`AuditEventSortField`). */
export const AUDIT_EVENT_SORT_FIELDS = ['at', 'entity', 'actor', 'action', 'id'] as const;

/**
 * `referrals` (`ReferralSortField`); `urgency` sorts on the inbox rank (URGENT first when
 * ascending). Without a sort the server answers in inbox order: the most urgent, then the oldest.
 */
export const REFERRAL_SORT_FIELDS = ['receivedAt', 'urgency', 'status', 'id'] as const;

/** `socialCases` (`SocialCaseSortField`); without a sort the server answers the newest first. */
export const SOCIAL_CASE_SORT_FIELDS = ['openedAt', 'number', 'status', 'id'] as const;
