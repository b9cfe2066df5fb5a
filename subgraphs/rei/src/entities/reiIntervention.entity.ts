import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { ReiApplication } from './reiApplication.entity';
import { ReiProject } from './reiProject.entity';

/**
 * An intervention proposed in a project (code from `rei_intervention`). An economic one carries
 * its SIUSS service code, amounts and dates, so the siuss subgraph can extract it. Its id stays
 * the same across saves, `updatedAt` moves only when it changes, and a removed one is kept with
 * `removedAt` so a re-extraction can cancel what it extracted before.
 */
export const ReiIntervention = defineEntity({
  name: 'ReiIntervention',
  tableName: 'intervention',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    project: p.manyToOne(ReiProject).mapToPk().deleteRule('cascade'),
    application: p.manyToOne(ReiApplication).mapToPk().deleteRule('cascade'),
    position: p.integer(),
    code: p.string().length(64),
    description: p.text().nullable(),
    beneficiaryId: p.uuid(),
    beneficiaryFiscalCode: p.string().length(16).nullable(),
    economic: p.boolean(),
    siussServiceCode: p.string().length(16).nullable(),
    periodic: p.boolean().default(false),
    amount: p.decimal().precision(12).scale(2).nullable(),
    monthlyAmount: p.decimal().precision(12).scale(2).nullable(),
    startDate: p.date().nullable(),
    endDate: p.date().nullable(),
    paymentDate: p.date().nullable(),
    removedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [
    { properties: ['tenantId', 'project', 'position'] },
    { properties: ['tenantId', 'startDate'] },
    { properties: ['tenantId', 'updatedAt'] },
  ],
});
export type ReiIntervention = InferEntity<typeof ReiIntervention>;
