import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** How a subject's record was read: which operation returned it. */
export type SubjectAccessVia =
  'subject' | 'subjectByFiscalCode' | 'entities' | 'householdMember' | 'accessLog';

/** The audit log of reads: one row per subject record returned to a caller (who, when, which). */
export const SubjectAccess = defineEntity({
  name: 'SubjectAccess',
  tableName: 'subject_access',
  properties: {
    id: p.bigint('string').primary().autoincrement(),
    tenantId: p.uuid(),
    subjectId: p.uuid(),
    at: p.datetime(),
    /** Username or API client name. */
    actor: p.string().length(200),
    actorKind: p.string().length(10).$type<'user' | 'client'>(),
    actorId: p.string().length(64),
    via: p.string().length(32).$type<SubjectAccessVia>(),
    requestId: p.string().length(64).nullable(),
  },
  indexes: [
    { name: 'subject_access_tenant_subject_index', properties: ['tenantId', 'subjectId', 'at'] },
    { name: 'subject_access_tenant_at_index', properties: ['tenantId', 'at'] },
  ],
});
export type SubjectAccess = InferEntity<typeof SubjectAccess>;
