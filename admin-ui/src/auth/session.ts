import type { Role } from './roles';
import {
  isExpired,
  msUntilExpiry,
  SESSION_CHANNEL,
  SessionHolder,
  type SessionChange,
} from './sessionHolder';

export interface SessionTenant {
  id: string;
  name: string;
  code: string;
}

export interface SessionUser {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  tenant: SessionTenant | null;
  /** From `me` only (the proposed SIUSS CFOperatore); never in the shared session. */
  fiscalCode?: string | null;
}

export interface Session {
  token: string;
  /** ISO instant from the `login` / `switchTenant` answer. */
  expiresAt: string;
  user: SessionUser;
  /** For a platform admin in a comune: until when a support grant opens its personal data. */
  supportUntil?: string | null;
}

/** Why the last session ended, shown once on the login page. */
export type LogoutReason = 'expired';

export { isExpired, msUntilExpiry };
export type { SessionChange };

/** The session of this tab, shared with the console's other tabs (see {@link SessionHolder}). */
export const sessionHolder = new SessionHolder(
  typeof BroadcastChannel === 'function' ? new BroadcastChannel(SESSION_CHANNEL) : null,
);

// The reason only (never the token) stays in sessionStorage: it must outlive the page load that
// follows an expired session, for the login page to say why the user is there.
const REASON_KEY = 'sisa.logoutReason';

export function readSession(): Session | null {
  return sessionHolder.current();
}

/** This tab's new session (login, switchTenant). */
export function writeSession(session: Session): void {
  sessionHolder.start(session);
  sessionStorage.removeItem(REASON_KEY);
}

/** This tab's session, or one another open tab hands over (see {@link SessionHolder}). */
export function restoreSession(): Promise<Session | null> {
  return sessionHolder.restore();
}

/** Ends this tab's session; a reason survives the logout that follows, for the login page to show. */
export function clearSession(reason?: LogoutReason): void {
  sessionHolder.end();
  if (reason) sessionStorage.setItem(REASON_KEY, reason);
}

/** The reason the previous session ended; kept until the next login replaces it. */
export function readLogoutReason(): LogoutReason | null {
  return sessionStorage.getItem(REASON_KEY) as LogoutReason | null;
}

/** The current bearer token, or null when there is no live session. */
export function currentToken(): string | null {
  const session = readSession();
  return session && !isExpired(session) ? session.token : null;
}
