import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { CustomFieldValues } from '@sisa/kernel';

/** A nucleo familiare: its members are `HouseholdMember` periods, its ISEE `IseeAttestation`s. */
export const Household = defineEntity({
  name: 'Household',
  tableName: 'household',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    customFields: p.json<CustomFieldValues>(),
    /** Bumped by every write to the household, its members or its ISEE. */
    version: p.integer(),
    createdAt: p.datetime(),
    createdBy: p.string().length(200),
    updatedAt: p.datetime(),
    updatedBy: p.string().length(200),
  },
  indexes: [
    { name: 'household_tenant_created_at_index', properties: ['tenantId', 'createdAt'] },
    {
      name: 'household_tenant_custom_fields_gin',
      expression:
        'create index "household_tenant_custom_fields_gin" on "registry"."household" using gin ("tenant_id", "custom_fields" jsonb_path_ops)',
    },
  ],
});
export type Household = InferEntity<typeof Household>;
