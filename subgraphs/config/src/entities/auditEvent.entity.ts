import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * One change to a tenant's identity or configuration: who, when, what, old → new. Platform-level
 * changes (parameter sets) have no tenant and are readable only outside any tenant.
 */
export const AuditEvent = defineEntity({
  name: 'AuditEvent',
  tableName: 'audit_event',
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    tenantId: p.uuid().nullable(),
    at: p.datetime().onCreate(() => new Date()),
    actor: p.string().length(64),
    entity: p.string().length(64),
    entityId: p.string().length(64),
    action: p.string().length(32),
    changes: p.json<Record<string, unknown>>(),
  },
  indexes: [{ properties: ['tenantId', 'at'] }],
});
export type AuditEvent = InferEntity<typeof AuditEvent>;
