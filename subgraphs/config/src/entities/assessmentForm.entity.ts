import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { AssessmentBand, AssessmentItem } from '@sisa/rules';

/**
 * One version of a tenant's assessment form (valutazione multidimensionale): items with their
 * options and scores, and the bands of the total. A version never changes once saved: a changed
 * form is the next version, and an assessment keeps the version it was made on.
 */
export const AssessmentForm = defineEntity({
  name: 'AssessmentForm',
  tableName: 'assessment_form',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    key: p.string().length(50),
    version: p.integer(),
    label: p.string().length(300),
    items: p.json<AssessmentItem[]>(),
    bands: p.json<AssessmentBand[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    createdBy: p.string().length(64),
  },
  uniques: [{ properties: ['tenantId', 'key', 'version'] }],
});
export type AssessmentForm = InferEntity<typeof AssessmentForm>;
