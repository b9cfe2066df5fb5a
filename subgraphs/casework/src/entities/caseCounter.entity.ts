import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The last case number given in a tenant and year (numbers restart every year). */
export const CaseCounter = defineEntity({
  name: 'CaseCounter',
  tableName: 'case_counter',
  properties: {
    tenantId: p.uuid().primary(),
    year: p.integer().primary(),
    lastNumber: p.integer(),
  },
});
export type CaseCounter = InferEntity<typeof CaseCounter>;
