import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { IseeKind } from '../domain/iseeRules';
import { Household } from './household.entity';

/** An ISEE attestation of a household, with the indicators the REI checks need. */
export const IseeAttestation = defineEntity({
  name: 'IseeAttestation',
  tableName: 'isee_attestation',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    household: p.manyToOne(Household),
    dsuProtocol: p.string().length(40),
    dsuDate: p.date(),
    kind: p.string().length(10).$type<IseeKind>(),
    validUntil: p.date(),
    isee: p.decimal().precision(12).scale(2),
    isr: p.decimal().precision(12).scale(2),
    isre: p.decimal().precision(12).scale(2),
    equivalenceScale: p.decimal().precision(5).scale(2),
    realEstateAssets: p.decimal().precision(12).scale(2),
    movableAssets: p.decimal().precision(12).scale(2),
    householdSize: p.integer(),
    recordedAt: p.datetime(),
    recordedBy: p.string().length(200),
  },
  uniques: [
    {
      name: 'isee_attestation_tenant_protocol_kind_unique',
      properties: ['tenantId', 'dsuProtocol', 'kind'],
    },
  ],
  indexes: [
    {
      name: 'isee_attestation_tenant_household_index',
      properties: ['tenantId', 'household', 'dsuDate'],
    },
  ],
});
export type IseeAttestation = InferEntity<typeof IseeAttestation>;
