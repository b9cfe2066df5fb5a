import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditEvent } from '../entities/auditEvent.entity';

export interface AuditEntry {
  tenantId: string;
  actor: string;
  entity: string;
  entityId: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE' | 'REVOKE' | 'UNLOCK';
  changes: Record<string, unknown>;
}

/** Records a change in the tenant's audit history (in the same transaction as the change). */
export function recordAudit(em: EntityManager, entry: AuditEntry): void {
  em.create(AuditEvent, { ...entry, at: new Date() });
}

/** `{ field: { from, to } }` for the fields whose value differs. */
export function diff(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
    }
  }
  return changes;
}
