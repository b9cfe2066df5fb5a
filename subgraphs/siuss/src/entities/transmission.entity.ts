import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { TransmissionStatus } from '@sisa/rules';
import type { Flow } from '../domain/codes';

/** A generated set of flow files: written in one go, so it exists only once complete (READY). */
export const Transmission = defineEntity({
  name: 'Transmission',
  tableName: 'transmission',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    flow: p.string().length(16).$type<Flow>(),
    status: p.string().length(16).$type<TransmissionStatus>(),
    benefitCount: p.integer(),
    /** PrestazioniSociali (or SINBA) elements written, after the per-year split. */
    recordCount: p.integer(),
    recordsPerFile: p.integer(),
    createdAt: p.datetime(),
    createdBy: p.string().length(200),
    /** PS: the last record change it saw (`social_benefit.change_seq`); what changed after is still to send. */
    watermark: p.bigint('number').nullable(),
  },
  indexes: [{ name: 'transmission_tenant_created_index', properties: ['tenantId', 'createdAt'] }],
});
export type Transmission = InferEntity<typeof Transmission>;

/** One XML file of a transmission, kept under the data folder with its hash. */
export const TransmissionFile = defineEntity({
  name: 'TransmissionFile',
  tableName: 'transmission_file',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    transmissionId: p.uuid(),
    position: p.integer(),
    name: p.string().length(64),
    records: p.integer(),
    sizeBytes: p.bigint('number'),
    sha256: p.string().length(64),
  },
  indexes: [
    {
      name: 'transmission_file_tenant_transmission_index',
      properties: ['tenantId', 'transmissionId', 'position'],
    },
  ],
});
export type TransmissionFile = InferEntity<typeof TransmissionFile>;

/**
 * A benefit in a transmission: what was sent (I, C or C+I) and what INPS answered. A PS item of
 * a record's current version is what makes it sent (see sentState.ts).
 */
export const TransmissionItem = defineEntity({
  name: 'TransmissionItem',
  tableName: 'transmission_item',
  properties: {
    benefitId: p.uuid().primary(),
    transmissionId: p.uuid().primary(),
    tenantId: p.uuid(),
    benefitVersion: p.integer(),
    operation: p.string().length(8),
    outcome: p.string().length(16).nullable(),
    outcomeReason: p.string().length(500).nullable(),
    outcomeAt: p.datetime().nullable(),
  },
  indexes: [
    {
      // The records of one transmission (its items are written together).
      name: 'transmission_item_transmission_brin',
      expression: `create index "transmission_item_transmission_brin" on "siuss"."transmission_item" using brin ("transmission_id")`,
    },
  ],
});
export type TransmissionItem = InferEntity<typeof TransmissionItem>;
