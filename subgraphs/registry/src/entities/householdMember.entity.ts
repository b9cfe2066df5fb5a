import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { Household } from './household.entity';
import { Subject } from './subject.entity';

/**
 * One period of a subject in a household: kept when the subject leaves (`until` set), never
 * overwritten, so the composition of a household on any past date can be answered.
 */
export const HouseholdMember = defineEntity({
  name: 'HouseholdMember',
  tableName: 'household_member',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    household: p.manyToOne(Household),
    subject: p.manyToOne(Subject),
    /** A code of the system value list `relationship`. */
    relationship: p.string().length(20),
    /** First day in the household (null: not known). */
    since: p.date().nullable(),
    /** The day the subject left (exclusive); null while they are a member. */
    until: p.date().nullable(),
    createdAt: p.datetime(),
    createdBy: p.string().length(200),
    endedBy: p.string().length(200).nullable(),
  },
  indexes: [
    { name: 'household_member_tenant_household_index', properties: ['tenantId', 'household'] },
    { name: 'household_member_tenant_subject_index', properties: ['tenantId', 'subject'] },
    {
      // A person belongs to one household at a time.
      name: 'household_member_open_unique',
      expression:
        'create unique index "household_member_open_unique" on "registry"."household_member" ("tenant_id", "subject_id") where "until" is null',
    },
  ],
});
export type HouseholdMember = InferEntity<typeof HouseholdMember>;
