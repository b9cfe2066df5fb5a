import { ForbiddenError, UnauthenticatedError } from '../errors';
import { platformSubgraphs } from '../subgraph/manifest';
import type { Principal, Role, ScopeDomain } from './principal';

/**
 * What an operation needs: reading or writing a domain, administering the tenant or the platform
 * (`domain` on an administration names the records it shows, e.g. the registry's access log).
 */
export type Access =
  | { domain: ScopeDomain; level: 'read' | 'write' }
  | { admin: 'tenant' | 'platform'; domain?: ScopeDomain };

/** A supervisor (responsabile del servizio) writes like a caseworker. */
const WRITERS: readonly Role[] = [
  'PLATFORM_ADMIN',
  'TENANT_ADMIN',
  'CASE_SUPERVISOR',
  'CASEWORKER',
];
const TENANT_ADMINS: readonly Role[] = ['PLATFORM_ADMIN', 'TENANT_ADMIN'];

/**
 * Whether a domain holds people's records (its manifest's `personalData`): a platform admin
 * reaches them only under a support grant. A domain the platform does not know counts as one.
 */
export function isPersonalDataDomain(domain: ScopeDomain): boolean {
  return platformSubgraphs().find((s) => s.scopeDomain === domain)?.personalData ?? true;
}

const MISSING_SCOPE = 'Il client non ha l\u2019ambito (scope) necessario per questa operazione';
const SELECT_TENANT = 'Seleziona prima un ente su cui operare';
const SUPPORT_GRANT_NEEDED =
  'Per consultare o modificare i dati personali di questo ente serve un accesso di assistenza concesso dal suo amministratore';

/**
 * A platform admin acting in a tenant administers it (configuration, users) but reads or changes
 * its people's records only while the tenant's admin grants support (the token's `sgr`, checked
 * against the session on every request).
 */
function needsSupportGrant(principal: Principal, access: Access): boolean {
  return (
    principal.kind === 'user' &&
    principal.roles.includes('PLATFORM_ADMIN') &&
    !principal.supportGrantId &&
    access.domain !== undefined &&
    isPersonalDataDomain(access.domain)
  );
}

function hasRole(principal: Principal, roles: readonly Role[]): boolean {
  return principal.roles.some((r) => roles.includes(r));
}

/** True when the principal may do what `access` describes (tenant membership is checked apart). */
export function isAllowed(principal: Principal, access: Access): boolean {
  if (needsSupportGrant(principal, access)) return false;
  if ('admin' in access) {
    if (principal.kind !== 'user') return false;
    return access.admin === 'platform'
      ? principal.roles.includes('PLATFORM_ADMIN')
      : hasRole(principal, TENANT_ADMINS);
  }
  if (principal.kind === 'client') {
    const { domain, level } = access as { domain: ScopeDomain; level: 'read' | 'write' };
    return (
      principal.scopes.includes(`${domain}:write`) ||
      (level === 'read' && principal.scopes.includes(`${domain}:read`))
    );
  }
  return access.level === 'read' ? principal.roles.length > 0 : hasRole(principal, WRITERS);
}

/** The authenticated principal, or UNAUTHENTICATED. */
export function requirePrincipal(principal: Principal | null): Principal {
  if (!principal) throw new UnauthenticatedError();
  return principal;
}

/**
 * Checks `access` and returns the tenant the operation runs in. Everything but platform
 * administration happens inside one tenant: a platform admin must switch into it first.
 */
export function requireAccess(
  principal: Principal | null,
  access: Access,
): { principal: Principal; tenantId: string } {
  const p = requirePrincipal(principal);
  if (needsSupportGrant(p, access))
    throw new ForbiddenError(p.tenantId ? SUPPORT_GRANT_NEEDED : SELECT_TENANT);
  if (!isAllowed(p, access)) {
    const scope =
      p.kind === 'client' && 'level' in access ? `${access.domain}:${access.level}` : undefined;
    throw new ForbiddenError(scope ? MISSING_SCOPE : undefined, scope);
  }
  if (!p.tenantId) throw new ForbiddenError(SELECT_TENANT);
  return { principal: p, tenantId: p.tenantId };
}

/** The principal when it is a platform admin (Città Metropolitana), else FORBIDDEN. */
export function requirePlatformAdmin(principal: Principal | null): Principal {
  const p = requirePrincipal(principal);
  if (!isAllowed(p, { admin: 'platform' })) throw new ForbiddenError();
  return p;
}
