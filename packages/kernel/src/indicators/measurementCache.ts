import { LRUCache } from 'lru-cache';
import type { IndicatorMeasurementResult } from './measure';
import { tenantWriteMark } from './tenantWrites';

/**
 * Dashboard figures scan a tenant's records, and a cruscotto asks for all of them on every visit.
 * A measurement is kept for `ttlSeconds` (`computedAt` says when it was taken), keyed by tenant,
 * spec, configuration version, today's date and the tenant's writes (`tenantWriteMark`): a change
 * made here is seen at once, one made by another process (a replica) as soon as it is announced.
 * Requests that arrive while a figure is being computed wait for that computation.
 */
export class MeasurementCache {
  private readonly entries: LRUCache<string, Promise<IndicatorMeasurementResult>> | null;

  constructor(ttlSeconds: number, maxEntries = 5000) {
    this.entries =
      ttlSeconds > 0 ? new LRUCache({ max: maxEntries, ttl: ttlSeconds * 1000 }) : null;
  }

  measure(
    key: { tenantId: string; spec: string; configVersion: number; today: string },
    compute: () => Promise<IndicatorMeasurementResult>,
  ): Promise<IndicatorMeasurementResult> {
    if (!this.entries) return compute();
    const id = [
      key.tenantId,
      tenantWriteMark(key.tenantId),
      key.configVersion,
      key.today,
      key.spec,
    ].join('\u0000');
    const cached = this.entries.get(id);
    if (cached) return cached;
    const pending = compute();
    this.entries.set(id, pending);
    // Failures are not kept; neither are measurements whose query failed (`error` set).
    pending.then(
      (result) => {
        if (result.error) this.entries?.delete(id);
      },
      () => this.entries?.delete(id),
    );
    return pending;
  }
}

/** Seconds a measurement is kept (`SISA_INDICATOR_CACHE_SECONDS`, default 60; 0 turns it off). */
export function measurementCacheSeconds(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SISA_INDICATOR_CACHE_SECONDS;
  const seconds = raw === undefined || raw === '' ? 60 : Number(raw);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : 60;
}
