import { ForbiddenError, requireAccess, requirePrincipal, type Principal } from '@sisa/kernel';
import type { CaseCaller } from '../domain/caseAccess';
import type { CaseworkContext } from '../context';

/** The casework rules' view of a principal. */
export const caseCallerOf = (principal: Principal): CaseCaller => ({
  kind: principal.kind,
  subjectId: principal.subjectId,
  roles: principal.roles,
  scopes: principal.scopes,
});

/** The caller of a casework operation and the tenant it runs in. */
export interface CaseworkCaller {
  principal: Principal;
  tenantId: string;
  caller: CaseCaller;
}

/**
 * Who calls, in which tenant, as the casework rules see them (domain/caseAccess.ts). People pass
 * the kernel's checks first (tenant chosen, support grant for a platform admin); API clients
 * carry casework scopes of their own (`casework:referrals`, `casework:read`), which the rules of
 * each operation check.
 */
export function caseworkCaller(ctx: CaseworkContext): CaseworkCaller {
  const principal = requirePrincipal(ctx.principal);
  let tenantId: string;
  if (principal.kind === 'user') {
    tenantId = requireAccess(principal, { domain: 'casework', level: 'read' }).tenantId;
  } else {
    if (!principal.tenantId) throw new ForbiddenError();
    tenantId = principal.tenantId;
  }
  return {
    principal,
    tenantId,
    caller: caseCallerOf(principal),
  };
}

/** Throws FORBIDDEN unless `allowed`; `scope` names what an API client lacks. */
export function demand(allowed: boolean, principal: Principal, scope?: string): void {
  if (allowed) return;
  if (principal.kind === 'client' && scope)
    throw new ForbiddenError(
      'Il client non ha l\u2019ambito (scope) necessario per questa operazione',
      scope,
    );
  throw new ForbiddenError();
}
