import type { ConfigurableEntity } from '../customFields/definitions';
import type { ConfigClient } from '../config/configClient';
import type { ScopeDomain } from '../auth/principal';
import { callerOf, inTurn, tenantOf, type RequestContext } from '../subgraph/context';
import type { IndicatorSqlCatalog } from './compile';
import { measureIndicator, type IndicatorMeasurementResult } from './measure';
import { MeasurementCache, measurementCacheSeconds } from './measurementCache';

export interface MeasurementResolverOptions {
  /** The domain whose read permission the caller needs. */
  domain: ScopeDomain;
  /** The SQL catalogue of each entity the subgraph owns. */
  catalogs: Partial<Record<ConfigurableEntity, IndicatorSqlCatalog>>;
  /** Today's date (yyyy-mm-dd) in Italy, for periods and age bands. */
  today: () => string;
  /** Seconds a measurement is kept (default: `SISA_INDICATOR_CACHE_SECONDS`, else 60). */
  cacheSeconds?: number;
}

/**
 * The `__resolveReference` of a domain's measurement entity (`RegistryMeasurement`,
 * `ReiMeasurement`, `SiussMeasurement`): the config subgraph hands out one key per indicator with
 * its spec; the owning subgraph computes it in the caller's tenant, against the tenant's custom
 * fields. Several keys arrive in one `_entities` call: their queries take turns on the connection.
 * Figures are kept a short while (see `MeasurementCache`).
 */
export function measurementResolver(options: MeasurementResolverOptions) {
  const cache = new MeasurementCache(options.cacheSeconds ?? measurementCacheSeconds());
  return async function resolveMeasurement(
    ref: { spec: string },
    ctx: RequestContext<{ config: ConfigClient }>,
  ): Promise<IndicatorMeasurementResult> {
    const tenantId = tenantOf(ctx, { domain: options.domain, level: 'read' });
    const config = await ctx.services.config.forTenant(callerOf(ctx), tenantId);
    const today = options.today();
    return cache.measure({ tenantId, spec: ref.spec, configVersion: config.version, today }, () =>
      inTurn(ctx, () =>
        measureIndicator(ctx.em, ref.spec, options.catalogs, config.definitions, today),
      ),
    );
  };
}
