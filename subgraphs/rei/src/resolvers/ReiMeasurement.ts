import { todayInItaly } from '@sisa/italia';
import { callerOf, measureIndicator, tenantOf, type ResolverMap } from '@sisa/kernel';
import { REI_INDICATOR_CATALOGS } from '../indicators/catalogs';
import type { ReiContext } from '../context';

export const ReiMeasurementResolvers: ResolverMap<ReiContext> = {
  ReiMeasurement: {
    /** The config subgraph hands out one key per indicator; the spec travels in it. */
    async __resolveReference(ref: { spec: string }, ctx: ReiContext) {
      const tenantId = tenantOf(ctx, { domain: 'rei', level: 'read' });
      const config = await ctx.services.config.forTenant(callerOf(ctx), tenantId);
      return measureIndicator(
        ctx.em,
        ref.spec,
        REI_INDICATOR_CATALOGS,
        config.definitions,
        todayInItaly(),
      );
    },
  },
};
