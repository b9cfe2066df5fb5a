import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A valutazione multidimensionale: the answers on one version of a form the comune defines, with
 * the score and band the server computed. Signed, it never changes.
 */
export const Assessment = defineEntity({
  name: 'Assessment',
  tableName: 'assessment',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    caseId: p.uuid(),
    formKey: p.string().length(50),
    formVersion: p.integer(),
    /** Item key → option code. */
    answers: p.json<Record<string, string>>(),
    score: p.integer(),
    band: p.string().length(300),
    assessedAt: p.date(),
    assessorId: p.uuid(),
    assessorName: p.string().length(200),
    signedAt: p.datetime().nullable(),
    createdAt: p.datetime(),
  },
  indexes: [
    { name: 'assessment_tenant_case_index', properties: ['tenantId', 'caseId', 'assessedAt'] },
  ],
});
export type Assessment = InferEntity<typeof Assessment>;
