import { randomUUID } from 'node:crypto';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  requireAccess,
  tenantOf,
  pageOf,
  toLimitOffset,
  toOrderBy,
  type Principal,
} from '@sisa/kernel';
import { SupportGrant } from '../entities/supportGrant.entity';
import { userRepository } from '../entities/user.repository';
import { normaliseUsername } from '../domain/identityRules';
import { checkSupportGrant } from '../domain/supportGrantRules';
import { recordAudit } from '../services/audit';
import type { ConfigContext } from '../context';
import { GRANT_SORT } from './sorts';
import type { Resolvers } from '../generated/resolvers';

/**
 * Only the tenant's own admin decides who may read its people's records: a platform admin
 * acting in the tenant administers it, but never grants support to itself.
 */
function tenantAdmin(ctx: ConfigContext): { principal: Principal; tenantId: string } {
  const access = requireAccess(ctx.principal, { admin: 'tenant' });
  if (!access.principal.roles.includes('TENANT_ADMIN'))
    throw new ForbiddenError(
      'Solo l\u2019amministratore dell\u2019ente concede o revoca un accesso di assistenza',
    );
  return access;
}

function isActive(grant: SupportGrant, now = new Date()): boolean {
  return !grant.revokedAt && grant.validFrom <= now && grant.validUntil > now;
}

export const SupportGrantResolvers: Resolvers = {
  SupportGrant: {
    active: (grant: SupportGrant) => isActive(grant),
  },

  Query: {
    async supportGrants(_, args, ctx) {
      tenantOf(ctx, { admin: 'tenant' });
      const { limit, offset } = toLimitOffset(args);
      const orderBy = toOrderBy(args.sort, GRANT_SORT, { createdAt: 'desc' });
      const now = new Date();
      const where: Record<string, unknown> = {};
      if (args.filter?.ids) where.id = { $in: args.filter.ids };
      if (args.filter?.active === true)
        Object.assign(where, {
          revokedAt: null,
          validFrom: { $lte: now },
          validUntil: { $gt: now },
        });
      if (args.filter?.active === false)
        where.$or = [
          { revokedAt: { $ne: null } },
          { validFrom: { $gt: now } },
          { validUntil: { $lte: now } },
        ];
      const [items, total] = await ctx.em.findAndCount(SupportGrant, where, {
        orderBy,
        limit,
        offset,
      });
      return pageOf(args, items, total);
    },
  },

  Mutation: {
    async grantSupport(_, { input }, ctx) {
      const { principal, tenantId } = tenantAdmin(ctx);
      const now = new Date();
      const { reason, validFrom, validUntil } = checkSupportGrant(input, now);
      const grantee = await userRepository.findForLogin(ctx.em, normaliseUsername(input.username));
      if (!grantee || !grantee.active || !grantee.roles.includes('PLATFORM_ADMIN'))
        throw BadUserInputError.field(
          'input.username',
          'Nessun amministratore di piattaforma attivo con questo nome utente',
        );
      const grant = ctx.em.create(SupportGrant, {
        id: randomUUID(),
        tenantId,
        granteeId: grantee.id,
        granteeUsername: grantee.username,
        grantedBy: principal.name,
        reason,
        validFrom,
        validUntil,
        createdAt: now,
        revokedAt: null,
        revokedBy: null,
      });
      recordAudit(ctx.em, {
        tenantId,
        actor: principal.name,
        entity: 'SupportGrant',
        entityId: grant.id,
        action: 'CREATE',
        changes: { grantee: grantee.username, reason, validFrom, validUntil },
      });
      await ctx.em.flush();
      return grant;
    },

    async revokeSupportGrant(_, { id }, ctx) {
      const { principal, tenantId } = tenantAdmin(ctx);
      const grant = await ctx.em.findOne(SupportGrant, { id });
      if (!grant) throw new NotFoundError('Accesso di assistenza');
      if (!grant.revokedAt) {
        // A trigger announces it: the platform admin's sessions lose the grant at once.
        grant.revokedAt = new Date();
        grant.revokedBy = principal.name;
        recordAudit(ctx.em, {
          tenantId,
          actor: principal.name,
          entity: 'SupportGrant',
          entityId: grant.id,
          action: 'REVOKE',
          changes: { grantee: grant.granteeUsername },
        });
        await ctx.em.flush();
      }
      return grant;
    },
  },
};
