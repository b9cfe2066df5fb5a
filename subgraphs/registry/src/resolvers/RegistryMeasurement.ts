import { todayInItaly } from '@sisa/italia';
import { callerOf, measureIndicator, tenantOf, type ResolverMap } from '@sisa/kernel';
import { REGISTRY_CATALOGS } from '../indicators/catalogs';
import { inTurn } from '../services/inTurn';
import type { RegistryContext } from '../context';

export const RegistryMeasurementResolvers: ResolverMap<RegistryContext> = {
  RegistryMeasurement: {
    /** Computes one indicator of subjects or households in the caller's tenant. */
    async __resolveReference(ref: { spec: string }, ctx: RegistryContext) {
      const tenantId = tenantOf(ctx, { domain: 'registry', level: 'read' });
      const config = await ctx.services.config.forTenant(callerOf(ctx), tenantId);
      return inTurn(ctx, () =>
        measureIndicator(ctx.em, ref.spec, REGISTRY_CATALOGS, config.definitions, todayInItaly()),
      );
    },
  },
};
