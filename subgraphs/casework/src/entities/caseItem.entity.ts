import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { CaseScope } from '../domain/problems';

/** A problem (problematica) or a resource (risorsa) of a case, of the household, a member or the environment. */
export const CaseItem = defineEntity({
  name: 'CaseItem',
  tableName: 'case_item',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    caseId: p.uuid(),
    kind: p.string().length(10).$type<'PROBLEM' | 'RESOURCE'>(),
    scope: p.string().length(12).$type<CaseScope>(),
    memberId: p.uuid().nullable(),
    /** A code of `case_problems` or `case_resources`. */
    code: p.string().length(64),
    description: p.text().nullable(),
    since: p.date().nullable(),
    resolvedAt: p.date().nullable(),
    createdAt: p.datetime(),
  },
  indexes: [{ name: 'case_item_tenant_case_index', properties: ['tenantId', 'caseId', 'kind'] }],
});
export type CaseItem = InferEntity<typeof CaseItem>;
