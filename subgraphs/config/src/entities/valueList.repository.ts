import type { EntityManager } from '@mikro-orm/postgresql';
import { ValueList } from './valueList.entity';

/**
 * Value lists as a tenant sees them: its own and the system ones (tenant_id null), the tenant's
 * winning where both share a key. Row-level security already limits rows to those two kinds;
 * the tenant filter is off because it would hide the system rows.
 */
export const valueListRepository = {
  async visible(
    em: EntityManager,
    tenantId: string,
    keys?: readonly string[] | null,
  ): Promise<ValueList[]> {
    if (keys && keys.length === 0) return [];
    const rows = await em.find(
      ValueList,
      { $or: [{ tenantId }, { tenantId: null }], ...(keys ? { key: { $in: [...keys] } } : {}) },
      { filters: false, orderBy: { key: 'asc' } },
    );
    const byKey = new Map<string, ValueList>();
    for (const row of rows) {
      if (row.tenantId || !byKey.has(row.key)) byKey.set(row.key, row);
    }
    return [...byKey.values()];
  },

  async byKey(em: EntityManager, tenantId: string, key: string): Promise<ValueList | null> {
    return (await this.visible(em, tenantId, [key]))[0] ?? null;
  },

  /** The tenant's own list with this key (not a system one). */
  tenantList(em: EntityManager, tenantId: string, key: string): Promise<ValueList | null> {
    return em.findOne(ValueList, { tenantId, key }, { filters: false });
  },

  /** The keys of every list the tenant can use. */
  async visibleKeys(em: EntityManager): Promise<Set<string>> {
    const rows = await em.execute<{ key: string }[]>('select distinct key from config.value_list');
    return new Set(rows.map((r) => r.key));
  },
};
