import { sortTable } from '@sisa/kernel';

/** What `users` sorts on (`UserSortField`): the enum value names the property. */
export const USER_SORT = sortTable('UserSortField', ['username', 'fullName', 'lastLoginAt', 'id']);
/** What `supportGrants` sorts on (`SupportGrantSortField`). */
export const GRANT_SORT = sortTable('SupportGrantSortField', ['createdAt', 'validUntil', 'id']);
/** What `auditEvents` sorts on (`AuditEventSortField`). */
export const AUDIT_SORT = sortTable('AuditEventSortField', [
  'at',
  'entity',
  'actor',
  'action',
  'id',
]);

export const CONFIG_SORTS = [USER_SORT, GRANT_SORT, AUDIT_SORT];
