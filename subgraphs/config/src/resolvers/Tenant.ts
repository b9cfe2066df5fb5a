import { byKeys, loaderOf, type ResolverMap } from '@sisa/kernel';
import { Tenant } from '../entities/tenant.entity';
import type { ConfigContext } from '../context';

/** Tenants by id, one query per request however many are asked for. */
export function tenantLoader(ctx: ConfigContext) {
  return loaderOf<string, Tenant>(ctx, 'tenant', async (ids) =>
    byKeys(ids, await ctx.em.find(Tenant, { id: { $in: [...ids] } }), (t) => t.id),
  );
}

export const TenantResolvers: ResolverMap<ConfigContext> = {
  Tenant: {
    __resolveReference: (ref: { id: string }, ctx: ConfigContext) => tenantLoader(ctx).load(ref.id),
  },
};
