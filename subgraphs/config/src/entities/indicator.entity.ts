import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type {
  Aggregate,
  ConfigurableEntity,
  IndicatorCondition,
  IndicatorPeriod,
} from '@sisa/kernel';

/** A tenant's indicator: a declarative spec the owning subgraph compiles to parameterised SQL. */
export const Indicator = defineEntity({
  name: 'Indicator',
  tableName: 'indicator',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    key: p.string().length(64),
    label: p.string().length(200),
    entity: p.string().length(32).$type<ConfigurableEntity>(),
    aggregate: p.string().length(8).$type<Aggregate>(),
    field: p.string().length(100).nullable(),
    filter: p.json<Record<string, IndicatorCondition>>().nullable(),
    groupBy: p.string().length(100).nullable(),
    period: p.json<IndicatorPeriod>().nullable(),
    unit: p.string().length(20).nullable(),
    target: p.double().$type<number>().nullable(),
    position: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['tenantId', 'key'] }],
});
export type Indicator = InferEntity<typeof Indicator>;
