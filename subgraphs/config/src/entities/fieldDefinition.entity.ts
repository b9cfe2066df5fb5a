import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ConfigurableEntity, FieldType } from '@sisa/kernel';

/** A tenant's custom field on one entity; the owning subgraph validates values against it. */
export const FieldDefinition = defineEntity({
  name: 'FieldDefinition',
  tableName: 'field_definition',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    entity: p.string().length(32).$type<ConfigurableEntity>(),
    key: p.string().length(40),
    label: p.string().length(200),
    type: p.string().length(16).$type<FieldType>(),
    required: p.boolean().default(false),
    listKey: p.string().length(64).nullable(),
    min: p.double().$type<number>().nullable(),
    max: p.double().$type<number>().nullable(),
    pattern: p.string().length(500).nullable(),
    helpText: p.string().length(1000).nullable(),
    section: p.string().length(100).nullable(),
    position: p.integer().default(0),
    active: p.boolean().default(true),
    visibleWhen: p.json<{ field: string; equals: unknown }>().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['tenantId', 'entity', 'key'] }],
});
export type FieldDefinition = InferEntity<typeof FieldDefinition>;
