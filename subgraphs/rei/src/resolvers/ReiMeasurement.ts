import { callerOf, measureIndicator, tenantOf, type ResolverMap } from '@sisa/kernel';
import { REI_INDICATOR_CATALOGS } from '../indicators/catalogs';
import type { ReiContext } from '../context';
import { inTurn } from './inTurn';
import { today } from './today';

export const ReiMeasurementResolvers: ResolverMap<ReiContext> = {
  ReiMeasurement: {
    /** The config subgraph hands out one key per indicator; the spec travels in it. */
    async __resolveReference(ref: { spec: string }, ctx: ReiContext) {
      const tenantId = tenantOf(ctx, { domain: 'rei', level: 'read' });
      const config = await ctx.services.config.forTenant(callerOf(ctx), tenantId);
      // Several keys arrive in one _entities call: their queries take turns on the connection.
      return inTurn(ctx, () =>
        measureIndicator(ctx.em, ref.spec, REI_INDICATOR_CATALOGS, config.definitions, today()),
      );
    },
  },
};
