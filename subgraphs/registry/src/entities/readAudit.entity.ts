import { readAuditEntity } from '@sisa/kernel';
import { REGISTRY_READ_AUDIT } from '../domain/readAudit';

/** One row per operation that returned subjects or households (see REGISTRY_READ_AUDIT). */
export const ReadAuditRow = readAuditEntity(REGISTRY_READ_AUDIT);
