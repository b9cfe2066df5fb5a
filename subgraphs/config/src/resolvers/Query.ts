import {
  NotFoundError,
  requirePrincipal,
  tenantOf,
  pageOf,
  toLimitOffset,
  toOrderBy,
} from '@sisa/kernel';
import { ApiClient } from '../entities/apiClient.entity';
import { Tenant } from '../entities/tenant.entity';
import { User } from '../entities/user.entity';
import { userRepository } from '../entities/user.repository';
import { userShape } from './identityShapes';
import { USER_SORT } from './sorts';
import type { Resolvers } from '../generated/resolvers';

export const QueryResolvers: Resolvers = {
  Query: {
    async me(_, _args, ctx) {
      const principal = requirePrincipal(ctx.principal);
      if (principal.kind !== 'user') throw new NotFoundError('Utente');
      const user = await userRepository.findForSession(ctx.em, principal.subjectId);
      if (!user) throw new NotFoundError('Utente');
      return userShape(user, principal.tenantId);
    },

    async tenants(_, _args, ctx) {
      const principal = requirePrincipal(ctx.principal);
      if (principal.kind === 'user' && principal.roles.includes('PLATFORM_ADMIN')) {
        return ctx.em.find(Tenant, {}, { orderBy: { name: 'asc' } });
      }
      return principal.tenantId ? ctx.em.find(Tenant, { id: principal.tenantId }) : [];
    },

    async tenant(_, { id }, ctx) {
      const principal = requirePrincipal(ctx.principal);
      const isPlatform = principal.kind === 'user' && principal.roles.includes('PLATFORM_ADMIN');
      if (!isPlatform && principal.tenantId !== id) return null;
      return ctx.em.findOne(Tenant, { id });
    },

    async users(_, args, ctx) {
      tenantOf(ctx, { admin: 'tenant' });
      const { limit, offset } = toLimitOffset(args);
      const orderBy = toOrderBy(args.sort, USER_SORT, { username: 'asc' });
      const [items, total] = await userRepository.list(
        ctx.em,
        args.filter ?? {},
        orderBy,
        limit,
        offset,
      );
      return pageOf(
        args,
        items.map((u) => userShape(u)),
        total,
      );
    },

    async user(_, { id }, ctx) {
      tenantOf(ctx, { admin: 'tenant' });
      const user = await ctx.em.findOne(User, { id });
      return user ? userShape(user) : null;
    },

    async apiClients(_, _args, ctx) {
      tenantOf(ctx, { admin: 'tenant' });
      return ctx.em.find(ApiClient, {}, { orderBy: { createdAt: 'desc' } });
    },
  },
};
