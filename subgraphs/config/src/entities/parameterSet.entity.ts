import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * A dated set of a measure's parameters (REI-2017, REI-2018, a successor…). Platform-level:
 * no tenant, readable by every authenticated caller, written only by platform admins.
 */
export const ParameterSet = defineEntity({
  name: 'ParameterSet',
  tableName: 'parameter_set',
  properties: {
    id: p.uuid().primary(),
    code: p.string().length(32).unique(),
    measure: p.string().length(32),
    validFrom: p.date(),
    validTo: p.date().nullable(),
    values: p.json<Record<string, unknown>>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    updatedBy: p.string().length(64),
  },
  indexes: [{ properties: ['measure', 'validFrom'] }],
});
export type ParameterSet = InferEntity<typeof ParameterSet>;
