import { readAuditEntity } from '@sisa/kernel';
import { CASEWORK_READ_AUDIT } from '../domain/readAudit';

/** One row per operation that returned referrals (see CASEWORK_READ_AUDIT). */
export const ReadAuditRow = readAuditEntity(CASEWORK_READ_AUDIT);
