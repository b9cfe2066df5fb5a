import {
  byKeys,
  ForbiddenError,
  isUuid,
  loaderOf,
  requireAccess,
  requirePrincipal,
} from '@sisa/kernel';
import type { ConfigContext } from '../context';
import { User } from '../entities/user.entity';
import { colleagueShape, type UserShape } from './identityShapes';
import { tenantLoader } from './Tenant';
import type { Resolvers } from '../generated/resolvers';

/** Who may see colleagues: the comune's admins, caseworkers and supervisors (not viewers). */
const SEES_COLLEAGUES = ['PLATFORM_ADMIN', 'TENANT_ADMIN', 'CASEWORKER', 'CASE_SUPERVISOR'];

/**
 * The tenant a caller sees colleagues in. A user needs one of SEES_COLLEAGUES; an API client
 * `casework:read` (a case's responsible). Row-level security keeps the rows to the tenant.
 */
function colleaguesTenant(ctx: ConfigContext): string {
  const principal = requirePrincipal(ctx.principal);
  if (principal.kind === 'client') {
    if (!principal.scopes.includes('casework:read') || !principal.tenantId)
      throw new ForbiddenError(undefined, 'casework:read');
    return principal.tenantId;
  }
  const { tenantId } = requireAccess(principal, { domain: 'config', level: 'read' });
  if (!principal.roles.some((r) => SEES_COLLEAGUES.includes(r))) throw new ForbiddenError();
  return tenantId;
}

const forClient = (ctx: ConfigContext) => ctx.principal?.kind === 'client';

function colleagueLoader(ctx: ConfigContext) {
  return loaderOf<string, UserShape>(ctx, 'colleague', async (ids) => {
    const valid = ids.filter(isUuid);
    const users = valid.length ? await ctx.em.find(User, { id: { $in: valid } }) : [];
    return byKeys(
      ids,
      users.map((u) => colleagueShape(u, forClient(ctx))),
      (u) => u.id,
    );
  });
}

export const UserResolvers: Resolvers = {
  Query: {
    async caseworkers(_, _args, ctx) {
      colleaguesTenant(ctx);
      const users = await ctx.em.find(
        User,
        { active: true, roles: { $overlap: ['CASEWORKER', 'CASE_SUPERVISOR'] } },
        { orderBy: { fullName: 'asc', id: 'asc' } },
      );
      return users.map((u) => colleagueShape(u, forClient(ctx)));
    },
  },
  User: {
    /** A user another subgraph names (a case's responsible, a member of its équipe). */
    __resolveReference(ref: { id: string }, ctx) {
      colleaguesTenant(ctx);
      return colleagueLoader(ctx).load(ref.id);
    },
    tenant: (user: UserShape, _args, ctx) =>
      user.tenantId ? tenantLoader(ctx).load(user.tenantId) : null,
  },
};
