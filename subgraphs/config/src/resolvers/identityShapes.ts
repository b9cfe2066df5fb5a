import type { Principal, Role, Scope } from '@sisa/kernel';
import type { LoginRecord } from '../entities/user.repository';
import type { User } from '../entities/user.entity';

/** The GraphQL `User` as resolvers return it; `tenant` resolves from `tenantId`. */
export interface UserShape {
  id: string;
  username: string;
  fullName: string;
  fiscalCode: string | null;
  roles: Role[];
  tenantId: string | null;
  active: boolean;
  lastLoginAt: Date | null;
  lockedUntil: Date | null;
}

/** The GraphQL `Viewer` as resolvers return it; `tenant` resolves from `tenantId`. */
export interface ViewerShape {
  kind: 'USER' | 'CLIENT';
  id: string;
  name: string;
  tenantId: string | null;
  roles: Principal['roles'];
  scopes: Scope[];
  supportUntil: Date | null;
}

export function userShape(user: User | LoginRecord, tenantId = user.tenantId ?? null): UserShape {
  return {
    id: user.id,
    username: user.username,
    fullName: user.fullName,
    fiscalCode: user.fiscalCode ?? null,
    roles: user.roles,
    tenantId,
    active: user.active,
    lastLoginAt: user.lastLoginAt ?? null,
    lockedUntil: user.lockedUntil && user.lockedUntil > new Date() ? user.lockedUntil : null,
  };
}

/**
 * A user as a colleague sees them (the responsible of a case, a member of its équipe): who they
 * are and their roles, never their codice fiscale nor when they logged in or were locked out. An
 * API client gets the name only: a login name is half of what an attack on the login needs.
 */
export function colleagueShape(user: User, forClient = false): UserShape {
  return {
    ...userShape(user),
    ...(forClient ? { username: '' } : {}),
    fiscalCode: null,
    lastLoginAt: null,
    lockedUntil: null,
  };
}
