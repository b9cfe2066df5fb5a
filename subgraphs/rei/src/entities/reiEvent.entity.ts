import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ReiStatus } from '../domain/statuses';
import { ReiApplication } from './reiApplication.entity';

/** One thing that happened to an application: who, when, which operation, from → to, why. */
export const ReiEvent = defineEntity({
  name: 'ReiEvent',
  tableName: 'event',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    application: p.manyToOne(ReiApplication).mapToPk().deleteRule('cascade'),
    at: p.datetime(),
    by: p.string().length(64),
    action: p.string().length(32),
    fromStatus: p.string().length(16).$type<ReiStatus>().nullable(),
    toStatus: p.string().length(16).$type<ReiStatus>(),
    note: p.text().nullable(),
  },
  indexes: [{ properties: ['tenantId', 'application', 'at'] }],
});
export type ReiEvent = InferEntity<typeof ReiEvent>;
