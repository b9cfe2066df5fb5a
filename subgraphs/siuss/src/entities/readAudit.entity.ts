import { readAuditEntity } from '@sisa/kernel';
import { SIUSS_READ_AUDIT } from '../domain/readAudit';

/** One row per operation that returned benefit records (see SIUSS_READ_AUDIT). */
export const ReadAuditRow = readAuditEntity(SIUSS_READ_AUDIT);
