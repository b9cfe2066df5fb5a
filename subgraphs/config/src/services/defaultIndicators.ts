import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { asPlatform } from '@sisa/kernel';
import { DEFAULT_INDICATORS } from '../domain/defaultIndicators';
import { specOf } from '../domain/indicatorRules';
import { Indicator } from '../entities/indicator.entity';
import { recordAudit } from './audit';
import { announceTenantChange } from './configChanges';

/**
 * Adds to a tenant the default indicators it lacks (by key), in the current transaction, whatever
 * tenant the transaction is bound to. Idempotent; returns how many it created.
 */
export async function ensureDefaultIndicators(
  em: EntityManager,
  tenantId: string,
  actor: string,
): Promise<number> {
  return asPlatform(em, tenantId, async () => {
    const existing = await em.find(Indicator, { tenantId }, { filters: false, fields: ['key'] });
    const have = new Set(existing.map((i) => i.key));
    const missing = DEFAULT_INDICATORS.filter((d) => !have.has(d.key));
    if (!missing.length) return 0;
    await announceTenantChange(em, tenantId);
    for (const input of missing) {
      const spec = specOf(input);
      const indicator = em.create(Indicator, {
        id: randomUUID(),
        tenantId,
        key: input.key,
        label: input.label,
        entity: spec.entity,
        aggregate: spec.aggregate,
        field: spec.field ?? null,
        filter: spec.filter ?? null,
        groupBy: spec.groupBy ?? null,
        period: spec.period ?? null,
        unit: input.unit ?? null,
        target: input.target ?? null,
        position: input.position ?? 0,
      });
      recordAudit(em, {
        tenantId,
        actor,
        entity: 'Indicator',
        entityId: indicator.id,
        action: 'CREATE',
        changes: { key: input.key, default: true },
      });
    }
    await em.flush();
    return missing.length;
  });
}
