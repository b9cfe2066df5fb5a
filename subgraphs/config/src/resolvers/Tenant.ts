import { BadUserInputError, byKeys, loaderOf, NotFoundError } from '@sisa/kernel';
import { readAllowedOrigins } from '../domain/allowedOrigins';
import { readPatronSaintDay } from '../domain/tenantCalendar';
import { Tenant } from '../entities/tenant.entity';
import { recordAudit } from '../services/audit';
import { announceTenantChange } from '../services/configChanges';
import type { ConfigContext } from '../context';
import { administer } from './access';
import type { Resolvers } from '../generated/resolvers';

/** Tenants by id, one query per request however many are asked for. */
export function tenantLoader(ctx: ConfigContext) {
  return loaderOf<string, Tenant>(ctx, 'tenant', async (ids) =>
    byKeys(ids, await ctx.em.find(Tenant, { id: { $in: [...ids] } }), (t) => t.id),
  );
}

export const TenantResolvers: Resolvers = {
  Tenant: {
    __resolveReference: (ref: { id: string }, ctx) => tenantLoader(ctx).load(ref.id),
  },
  Mutation: {
    /**
     * The tenant's patron saint, a non-working day every year. A configuration change: every
     * subgraph's cached configuration is dropped, so deadlines computed from now on skip it.
     */
    async setPatronSaintDay(_, { day }, ctx) {
      const { principal, tenantId } = administer(ctx);
      const read = readPatronSaintDay(day);
      if ('error' in read) throw BadUserInputError.field('day', read.error);
      const tenant = await ctx.em.findOne(Tenant, { id: tenantId });
      if (!tenant) throw new NotFoundError('Ente non trovato');
      if (tenant.patronSaintDay !== read.day) {
        recordAudit(ctx.em, {
          tenantId,
          actor: principal.name,
          entity: 'Tenant',
          entityId: tenantId,
          action: 'UPDATE',
          changes: { patronSaintDay: { from: tenant.patronSaintDay ?? null, to: read.day } },
        });
        tenant.patronSaintDay = read.day;
        await ctx.em.flush();
        await announceTenantChange(ctx.em, tenantId);
      }
      return tenant;
    },
    /**
     * The origins whose web pages may call the API with this tenant's tokens (CORS). The
     * gateways hear of the change at once (`NOTIFY sisa_config_changed`).
     */
    async setAllowedOrigins(_, { origins }, ctx) {
      const { principal, tenantId } = administer(ctx);
      const allowed = readAllowedOrigins(origins);
      const tenant = await ctx.em.findOne(Tenant, { id: tenantId });
      if (!tenant) throw new NotFoundError('Ente non trovato');
      if (JSON.stringify(tenant.allowedOrigins) !== JSON.stringify(allowed)) {
        recordAudit(ctx.em, {
          tenantId,
          actor: principal.name,
          entity: 'Tenant',
          entityId: tenantId,
          action: 'UPDATE',
          changes: { allowedOrigins: { from: tenant.allowedOrigins, to: allowed } },
        });
        tenant.allowedOrigins = allowed;
        await ctx.em.flush();
        await announceTenantChange(ctx.em, tenantId);
      }
      return tenant;
    },
  },
};
