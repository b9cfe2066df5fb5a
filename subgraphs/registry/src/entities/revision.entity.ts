import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { RevisionChanges } from '../domain/revisionDiff';

export type RevisionEntity = 'SUBJECT' | 'HOUSEHOLD';

/** Anagrafica storica: one saved state change of a subject or household (who, when, old → new). */
export const Revision = defineEntity({
  name: 'Revision',
  tableName: 'revision',
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    tenantId: p.uuid(),
    entity: p.string().length(16).$type<RevisionEntity>(),
    entityId: p.uuid(),
    /** The record's version after this change. */
    version: p.integer(),
    action: p.string().length(32),
    changedAt: p.datetime(),
    changedBy: p.string().length(200),
    changes: p.json<RevisionChanges>(),
  },
  indexes: [
    { name: 'revision_tenant_entity_index', properties: ['tenantId', 'entityId', 'version'] },
  ],
});
export type Revision = InferEntity<typeof Revision>;
