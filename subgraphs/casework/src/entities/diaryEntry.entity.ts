import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { DiaryConfidentiality } from '../domain/diary';

/** An entry of the diario sociale: a draft of its author until signed, then immutable. */
export const DiaryEntry = defineEntity({
  name: 'DiaryEntry',
  tableName: 'diary_entry',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    caseId: p.uuid(),
    occurredAt: p.datetime(),
    /** A code of the tenant's `diary_kinds` list. */
    kind: p.string().length(64),
    text: p.text(),
    authorId: p.uuid(),
    authorName: p.string().length(200),
    confidentiality: p.string().length(10).$type<DiaryConfidentiality>(),
    participants: p.array().columnType('text[]'),
    signedAt: p.datetime().nullable(),
    amendsId: p.uuid().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
  indexes: [
    { name: 'diary_entry_tenant_case_index', properties: ['tenantId', 'caseId', 'occurredAt'] },
    {
      name: 'diary_entry_text_search',
      expression: `create index "diary_entry_text_search" on "casework"."diary_entry" using gin (to_tsvector('italian', "text"))`,
    },
  ],
});
export type DiaryEntry = InferEntity<typeof DiaryEntry>;
