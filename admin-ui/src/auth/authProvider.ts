import type { AuthProvider, UserIdentity } from 'react-admin';
import { GatewayError } from '../api/gateway';
import { loginMutation, logoutMutation, meQuery } from './identityApi';
import { canAccessResource } from './policy';
import { clearSession, isExpired, restoreSession, sessionHolder, writeSession } from './session';

/** True for the errors that mean "your token is no longer good": HTTP 401 or UNAUTHENTICATED. */
export function isAuthenticationError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const e = error as { status?: number; code?: string; body?: { code?: string } };
  return e.status === 401 || e.code === 'UNAUTHENTICATED' || e.body?.code === 'UNAUTHENTICATED';
}

// `message: false` keeps react-admin from adding its own notification: the login page explains why.
const silentLogout = { message: false, redirectTo: '/login' };

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    try {
      writeSession(await loginMutation(username, password));
    } catch (error) {
      // The server's message is already Italian ("Nome utente o password non corretti").
      throw new Error(error instanceof GatewayError ? error.message : 'app.error.network', {
        cause: error,
      });
    }
  },

  async logout() {
    // Every tab of this browser ends its session too (they share this one: see session.ts).
    const token = sessionHolder.endEverywhere();
    // Ended on the server too, so a copy of the token is worth nothing; offline, it still expires.
    if (token) await logoutMutation(token).catch(() => undefined);
  },

  async checkAuth() {
    // A new tab has no session of its own yet: it asks the open tabs for theirs.
    const session = await restoreSession();
    if (!session) throw silentLogout;
    if (isExpired(session)) {
      clearSession('expired');
      throw silentLogout;
    }
  },

  async checkError(error: unknown) {
    if (isAuthenticationError(error)) {
      clearSession('expired');
      throw silentLogout;
    }
    // FORBIDDEN, NOT_FOUND and the rest stay in the page as a notification: no logout.
  },

  async getIdentity(): Promise<UserIdentity> {
    const session = await restoreSession();
    if (!session) throw silentLogout;
    try {
      const me = await meQuery();
      return { ...me, tenant: session.user.tenant ?? me.tenant };
    } catch (error) {
      if (isAuthenticationError(error)) {
        clearSession('expired');
        throw silentLogout;
      }
      return { ...session.user };
    }
  },

  /** The roles the token carries (the server decides with the same ones). */
  async getPermissions() {
    return (await restoreSession())?.user.roles ?? [];
  },

  async canAccess({ resource, action }) {
    const session = await restoreSession();
    return canAccessResource(session?.user ?? null, resource, action, session?.supportUntil);
  },
};
