import { todayInItaly } from '@sisa/italia';
import { callerOf, measureIndicator, tenantOf, type ResolverMap } from '@sisa/kernel';
import { SIUSS_CATALOGS } from '../indicators/catalog';
import type { SiussContext } from '../context';

export const SiussMeasurementResolvers: ResolverMap<SiussContext> = {
  SiussMeasurement: {
    /** Computes one indicator of benefit records in the caller's tenant. */
    async __resolveReference(ref: { spec: string }, ctx: SiussContext) {
      const tenantId = tenantOf(ctx, { domain: 'siuss', level: 'read' });
      const config = await ctx.services.config.forTenant(callerOf(ctx), tenantId);
      return measureIndicator(ctx.em, ref.spec, SIUSS_CATALOGS, config.definitions, todayInItaly());
    },
  },
};
