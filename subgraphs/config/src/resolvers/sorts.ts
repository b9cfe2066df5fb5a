import { sortTable } from '@sisa/kernel';
import { AUDIT_EVENT_SORT_FIELDS, SUPPORT_GRANT_SORT_FIELDS, USER_SORT_FIELDS } from '@sisa/rules';

/** What `users` sorts on (`UserSortField`): the enum value names the property. */
export const USER_SORT = sortTable('UserSortField', USER_SORT_FIELDS);
/** What `supportGrants` sorts on (`SupportGrantSortField`). */
export const GRANT_SORT = sortTable('SupportGrantSortField', SUPPORT_GRANT_SORT_FIELDS);
/** What `auditEvents` sorts on (`AuditEventSortField`). */
export const AUDIT_SORT = sortTable('AuditEventSortField', AUDIT_EVENT_SORT_FIELDS);

export const CONFIG_SORTS = [USER_SORT, GRANT_SORT, AUDIT_SORT];
