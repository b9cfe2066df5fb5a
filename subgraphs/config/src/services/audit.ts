import type { EntityManager } from '@mikro-orm/postgresql';
import { asPlatform, type Principal } from '@sisa/kernel';
import { AuditEvent } from '../entities/auditEvent.entity';

export interface AuditEntry {
  /** Null for platform-level changes (parameter sets). */
  tenantId: string | null;
  actor: string;
  entity: string;
  entityId: string;
  /** `USE`: a platform admin entered the tenant under a support grant. */
  action: 'CREATE' | 'UPDATE' | 'DELETE' | 'REVOKE' | 'UNLOCK' | 'USE' | 'SWITCH_TENANT';
  changes: Record<string, unknown>;
}

/** Records a change in the tenant's audit history (in the same transaction as the change). */
export function recordAudit(em: EntityManager, entry: AuditEntry & { tenantId: string }): void {
  em.create(AuditEvent, { ...entry, at: new Date() });
}

/**
 * Records a platform-level change (no tenant), at once and in the same transaction. A plain
 * INSERT: row-level security lets any session append such an event but only a session outside
 * every tenant read it, so an INSERT … RETURNING (as the ORM writes) would be refused.
 */
export async function recordPlatformAudit(
  em: EntityManager,
  entry: Omit<AuditEntry, 'tenantId'>,
): Promise<void> {
  await em.execute(
    'insert into config.audit_event (tenant_id, at, actor, entity, entity_id, action, changes) values (null, now(), ?, ?, ?, ?, ?::jsonb)',
    [entry.actor, entry.entity, entry.entityId, entry.action, JSON.stringify(entry.changes)],
  );
}

/**
 * Records that a platform admin entered a tenant (`switchTenant`): in the history of that tenant,
 * for its own admins to see, and in the platform's. The operation runs outside the target tenant,
 * so the events are written with the transaction bound to it for that one statement
 * (`asPlatform`: row-level security checks every row), then bound back.
 */
export async function recordTenantSwitch(
  em: EntityManager,
  principal: Principal,
  tenantId: string,
  requestId: string,
): Promise<void> {
  const changes = JSON.stringify({
    from: principal.tenantId ?? null,
    to: tenantId,
    actorId: principal.subjectId,
    requestId,
  });
  const values = `now(), ?, 'Tenant', ?, 'SWITCH_TENANT', ?::jsonb`;
  await asPlatform(em, tenantId, () =>
    em.execute(
      `insert into config.audit_event (tenant_id, at, actor, entity, entity_id, action, changes)
       values (?::uuid, ${values}), (null, ${values})`,
      [tenantId, principal.name, tenantId, changes, principal.name, tenantId, changes],
    ),
  );
}

/** `{ field: { from, to } }` for the fields whose value differs. */
export function diff(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      changes[key] = { from: before[key] ?? null, to: after[key] ?? null };
    }
  }
  return changes;
}
