import { requirePrincipal, type Principal, type Scope } from '@sisa/kernel';
import type { ConfigContext } from '../context';
import { scopeEnumValues } from '../domain/scopeNames';
import type { ViewerShape } from './identityShapes';
import { tenantLoader } from './Tenant';
import type { Resolvers } from '../generated/resolvers';

/** Until when the session's support grant opens personal data (platform admins only). */
async function supportUntilOf(ctx: ConfigContext, principal: Principal): Promise<Date | null> {
  if (!principal.supportGrantId || !principal.sessionId) return null;
  const rows = await ctx.em.execute<{ support_until: Date | null }[]>(
    'select support_until from auth.session_state(?::uuid)',
    [principal.sessionId],
  );
  return rows[0]?.support_until ?? null;
}

export const ViewerResolvers: Resolvers = {
  // Inside the resolvers a scope is its RFC 6749 string (`registry:read`), outside its enum name.
  // A getter: the platform's scopes are known when the schema is built, not when this loads.
  get Scope() {
    return scopeEnumValues();
  },
  Query: {
    /** Who the token speaks for, as every service sees it now (session roles, support grant). */
    async viewer(_, _args, ctx): Promise<ViewerShape> {
      const principal = requirePrincipal(ctx.principal);
      return {
        kind: principal.kind === 'client' ? 'CLIENT' : 'USER',
        id: principal.subjectId,
        name: principal.name,
        tenantId: principal.tenantId,
        roles: principal.roles,
        scopes: principal.scopes,
        supportUntil: await supportUntilOf(ctx, principal),
      };
    },
  },
  Viewer: {
    tenant: (viewer: ViewerShape, _args, ctx) =>
      viewer.tenantId ? tenantLoader(ctx).load(viewer.tenantId) : null,
  },
  ApiClient: {
    grantedScopes: (client: { scopes: Scope[] }) => client.scopes,
  },
};
