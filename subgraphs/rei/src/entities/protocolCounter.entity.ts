import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** The last protocol number given in a tenant and year (numbers restart every year). */
export const ProtocolCounter = defineEntity({
  name: 'ProtocolCounter',
  tableName: 'protocol_counter',
  properties: {
    tenantId: p.uuid().primary(),
    year: p.integer().primary(),
    lastNumber: p.integer(),
  },
});
export type ProtocolCounter = InferEntity<typeof ProtocolCounter>;
