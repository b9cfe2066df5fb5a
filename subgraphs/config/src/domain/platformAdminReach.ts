import { isPersonalDataDomain, type Principal } from '@sisa/kernel';

/**
 * What a platform admin acting in a comune may not do without a support grant: anything that
 * would hand it a way into people's records by the side door. Managing users and API clients is
 * administration, but a user whose password the platform admin set, or an API client with a
 * records scope, reads those records as well as a grant would.
 */
export const GRANT_NEEDED_FOR_USERS =
  'Senza un accesso di assistenza concesso dall\u2019amministratore dell\u2019ente si può creare solo il primo amministratore dell\u2019ente, e non si possono cambiare password, ruoli o riattivare utenti';
export const GRANT_NEEDED_FOR_CLIENTS =
  'Senza un accesso di assistenza concesso dall\u2019amministratore dell\u2019ente un client API può avere solo ambiti di configurazione';

/** A platform admin in a comune with no support grant in its token. */
export function isPlatformAdminWithoutGrant(principal: Principal): boolean {
  return (
    principal.kind === 'user' &&
    principal.roles.includes('PLATFORM_ADMIN') &&
    !principal.supportGrantId
  );
}

/**
 * Creating a user: without a grant only the comune's first administrator (a new comune needs
 * one, and its own admin grants support from then on).
 */
export function mayCreateUserWithoutGrant(roles: readonly string[], activeAdmins: number): boolean {
  return activeAdmins === 0 && roles.length === 1 && roles[0] === 'TENANT_ADMIN';
}

/** Changing a user: without a grant, no password, no roles, no reactivation (deactivating is fine). */
export function mayUpdateUserWithoutGrant(update: {
  password?: string | null;
  roles?: readonly string[] | null;
  active?: boolean | null;
}): boolean {
  return !update.password && update.roles == null && update.active !== true;
}

/** An API client's scopes: without a grant, none on a domain of people's records. */
export function mayGrantScopesWithoutGrant(scopes: readonly string[]): boolean {
  return !scopes.some((scope) => isPersonalDataDomain(scope.split(':')[0]!));
}
