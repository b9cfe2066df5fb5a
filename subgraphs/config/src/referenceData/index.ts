import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addDays } from '@sisa/italia';
import type { Orm } from '@sisa/kernel';
import { itemChanges, type ValueListItemValues } from '../domain/valueListRules';
import { ParameterSet } from '../entities/parameterSet.entity';
import { ValueList } from '../entities/valueList.entity';
import { recordPlatformAudit } from '../services/audit';
import { announcePlatformChange, announceTenantChange } from '../services/configChanges';
import { CASEWORK_LISTS } from './caseworkLists';
import { comuneList, countryList } from './places';
import { REI_ACCESS_POINTS, REI_INTERVENTIONS, REI_PROBLEMS, REI_RESOURCES } from './reiLists';
import { REI_PARAMETER_SETS } from './reiParameterSets';
import { RELATIONSHIP } from './relationship';
import { SIUSS_SERVICES } from './siussServices';
import type { SystemListData } from './types';

const ACTOR = 'sistema';

/** Every system list, as the reference data of this release defines it. */
export function systemLists(): SystemListData[] {
  return [
    RELATIONSHIP,
    SIUSS_SERVICES,
    countryList(),
    comuneList(),
    REI_PROBLEMS,
    REI_RESOURCES,
    REI_INTERVENTIONS,
    REI_ACCESS_POINTS,
    ...CASEWORK_LISTS,
  ];
}

/**
 * The items a system list should hold: the release's items in its order, then any item an
 * earlier release had and this one dropped, kept inactive (records may carry its code).
 */
export function mergeSystemItems(
  data: SystemListData,
  stored: readonly ValueListItemValues[],
): ValueListItemValues[] {
  const items = data.items.map((item, position) => ({
    code: item.code,
    label: item.label,
    active: item.active ?? true,
    position,
  }));
  const codes = new Set(items.map((i) => i.code));
  let next = items.length;
  for (const old of [...stored].sort((a, b) => a.position - b.position)) {
    if (!codes.has(old.code)) items.push({ ...old, active: false, position: next++ });
  }
  return items;
}

async function syncList(em: EntityManager, data: SystemListData): Promise<boolean> {
  const existing = await em.findOne(
    ValueList,
    { tenantId: null, key: data.key },
    { filters: false },
  );
  const items = mergeSystemItems(data, existing?.items ?? []);
  if (!existing) {
    const list = em.create(ValueList, {
      id: randomUUID(),
      tenantId: null,
      key: data.key,
      label: data.label,
      system: true,
      items,
    });
    await recordPlatformAudit(em, {
      actor: ACTOR,
      entity: 'ValueList',
      entityId: list.id,
      action: 'CREATE',
      changes: { key: data.key, items: items.length },
    });
    return true;
  }
  if (existing.label === data.label && JSON.stringify(existing.items) === JSON.stringify(items))
    return false;
  const changes = {
    key: data.key,
    ...itemChanges(existing.items, items),
    ...(existing.label !== data.label ? { label: { from: existing.label, to: data.label } } : {}),
  };
  existing.label = data.label;
  existing.items = items;
  await recordPlatformAudit(em, {
    actor: ACTOR,
    entity: 'ValueList',
    entityId: existing.id,
    action: 'UPDATE',
    changes,
  });
  return true;
}

/**
 * Seeds the parameter sets a code does not name yet; an existing set is never overwritten, except
 * that an open-ended set of the measure that starts before a new one is closed the day before it
 * (an installation with REI-2018 open gets REI-2019 from 2019-01-01, and REI-2018 ends 2018-12-31).
 */
async function seedParameterSets(em: EntityManager): Promise<boolean> {
  let added = false;
  for (const input of REI_PARAMETER_SETS) {
    if (await em.count(ParameterSet, { code: input.code })) continue;
    const open = await em.find(ParameterSet, {
      measure: input.measure,
      validTo: null,
      validFrom: { $lt: input.validFrom },
    });
    for (const predecessor of open) {
      const validTo = addDays(input.validFrom, -1);
      await recordPlatformAudit(em, {
        actor: ACTOR,
        entity: 'ParameterSet',
        entityId: predecessor.id,
        action: 'UPDATE',
        changes: { validTo: { from: null, to: validTo } },
      });
      predecessor.validTo = validTo;
    }
    const set = em.create(ParameterSet, {
      id: randomUUID(),
      code: input.code,
      measure: input.measure,
      validFrom: input.validFrom,
      validTo: input.validTo ?? null,
      values: input.values as Record<string, unknown>,
      updatedBy: ACTOR,
    });
    await recordPlatformAudit(em, {
      actor: ACTOR,
      entity: 'ParameterSet',
      entityId: set.id,
      action: 'CREATE',
      changes: { code: input.code },
    });
    added = true;
  }
  return added;
}

/**
 * Brings the reference data every installation needs up to this release (system value lists,
 * REI parameter sets): idempotent upserts, run by `migrateAll` after config's migrations, as the
 * schema owner. When a system list changed, every tenant's configuration version grows, so each
 * subgraph's config client drops what it cached.
 */
export async function syncConfigReferenceData(orm: Orm): Promise<void> {
  await orm.em.fork().transactional(async (em) => {
    let listsChanged = false;
    for (const data of systemLists()) listsChanged = (await syncList(em, data)) || listsChanged;
    const setsAdded = await seedParameterSets(em);
    await em.flush();
    if (listsChanged) {
      const tenants = await em.execute<{ id: string }[]>('select id from config.tenant');
      for (const tenant of tenants) await announceTenantChange(em, tenant.id);
    }
    if (listsChanged || setsAdded) await announcePlatformChange(em);
  });
}
