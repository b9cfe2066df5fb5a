import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One thing that happened to a case: who, when, what, and the data it changed. */
export const CaseEvent = defineEntity({
  name: 'CaseEvent',
  tableName: 'case_event',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    caseId: p.uuid(),
    at: p.datetime(),
    by: p.string().length(200),
    action: p.string().length(20),
    changes: p.json<Record<string, unknown>>().nullable(),
  },
  indexes: [{ name: 'case_event_tenant_case_index', properties: ['tenantId', 'caseId', 'at'] }],
});
export type CaseEvent = InferEntity<typeof CaseEvent>;
