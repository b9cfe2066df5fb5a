import { readAuditEntity } from '@sisa/kernel';
import { REI_READ_AUDIT } from '../domain/readAudit';

/** One row per operation that returned REI applications (see REI_READ_AUDIT). */
export const ReadAuditRow = readAuditEntity(REI_READ_AUDIT);
