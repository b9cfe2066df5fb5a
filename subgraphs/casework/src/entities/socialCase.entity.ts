import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { SocialCaseStatus } from '../domain/caseStatus';

/** A cartella sociale: a person taken in charge, with a responsible, areas and a status. */
export const SocialCase = defineEntity({
  name: 'SocialCase',
  tableName: 'social_case',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    /** CS/<year>/<six digits>, per tenant and year. */
    number: p.string().length(20),
    subjectId: p.uuid(),
    householdId: p.uuid().nullable(),
    status: p.string().length(10).$type<SocialCaseStatus>(),
    openedAt: p.date(),
    closedAt: p.date().nullable(),
    closureReason: p.text().nullable(),
    referralId: p.uuid().nullable(),
    /** The responsible today (the équipe's RESPONSIBLE member): kept with the team. */
    responsibleId: p.uuid(),
    /** The responsible's name when last set (indicators group by it). */
    responsibleName: p.string().length(200),
    /** Codes of the tenant's `case_areas` list. */
    areas: p.array().columnType('text[]'),
    customFields: p.json<Record<string, unknown>>().nullable(),
    createdAt: p.datetime(),
    createdBy: p.string().length(200),
    updatedAt: p.datetime(),
    version: p.integer().version(),
  },
  uniques: [{ name: 'social_case_tenant_number_unique', properties: ['tenantId', 'number'] }],
  indexes: [
    { name: 'social_case_tenant_subject_index', properties: ['tenantId', 'subjectId'] },
    { name: 'social_case_tenant_household_index', properties: ['tenantId', 'householdId'] },
    {
      // A person has at most one case open or suspended, even when two openings race.
      name: 'social_case_one_open_per_subject',
      expression: `create unique index "social_case_one_open_per_subject" on "casework"."social_case" ("tenant_id", "subject_id") where "status" in ('OPEN', 'SUSPENDED')`,
    },
    {
      name: 'social_case_tenant_responsible_index',
      properties: ['tenantId', 'responsibleId', 'status'],
    },
    { name: 'social_case_tenant_opened_index', properties: ['tenantId', 'openedAt'] },
  ],
});
export type SocialCase = InferEntity<typeof SocialCase>;
