import { ForbiddenError, UnauthenticatedError } from '../errors';
import type { Principal, Role, ScopeDomain } from './principal';

/** What an operation needs: reading or writing a domain, administering the tenant or the platform. */
export type Access =
  { domain: ScopeDomain; level: 'read' | 'write' } | { admin: 'tenant' | 'platform' };

const WRITERS: readonly Role[] = ['PLATFORM_ADMIN', 'TENANT_ADMIN', 'CASEWORKER'];
const TENANT_ADMINS: readonly Role[] = ['PLATFORM_ADMIN', 'TENANT_ADMIN'];

function hasRole(principal: Principal, roles: readonly Role[]): boolean {
  return principal.roles.some((r) => roles.includes(r));
}

/** True when the principal may do what `access` describes (tenant membership is checked apart). */
export function isAllowed(principal: Principal, access: Access): boolean {
  if ('admin' in access) {
    if (principal.kind !== 'user') return false;
    return access.admin === 'platform'
      ? principal.roles.includes('PLATFORM_ADMIN')
      : hasRole(principal, TENANT_ADMINS);
  }
  if (principal.kind === 'client') {
    const { domain, level } = access;
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
  if (!isAllowed(p, access)) throw new ForbiddenError();
  if (!p.tenantId) throw new ForbiddenError('Seleziona prima un ente su cui operare');
  return { principal: p, tenantId: p.tenantId };
}

/** The principal when it is a platform admin (Città Metropolitana), else FORBIDDEN. */
export function requirePlatformAdmin(principal: Principal | null): Principal {
  const p = requirePrincipal(principal);
  if (!isAllowed(p, { admin: 'platform' })) throw new ForbiddenError();
  return p;
}
