import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/** One entry of a value list; never deleted once published, only deactivated. */
export interface ValueListItemRow {
  code: string;
  label: string;
  active: boolean;
  position: number;
}

/**
 * A value list: a system list (national codes, `tenantId` null, read-only to tenants, readable
 * by all of them) or a tenant's own. A tenant list may carry the key of an overridable system
 * list, and then wins for that tenant. Items live with their list: they are always read and
 * saved together.
 */
export const ValueList = defineEntity({
  name: 'ValueList',
  tableName: 'value_list',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid().nullable(),
    key: p.string().length(64),
    label: p.string().length(200),
    system: p.boolean().default(false),
    items: p.json<ValueListItemRow[]>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
  },
  uniques: [{ properties: ['tenantId', 'key'] }],
  indexes: [
    {
      name: 'value_list_system_key_unique',
      expression:
        'create unique index "value_list_system_key_unique" on "config"."value_list" ("key") where "tenant_id" is null',
    },
  ],
});
export type ValueList = InferEntity<typeof ValueList>;
