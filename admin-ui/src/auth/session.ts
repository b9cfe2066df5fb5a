import type { Role } from './roles';

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
  /** From `me` only (the proposed SIUSS CFOperatore); never in the stored session. */
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

// sessionStorage, not localStorage: the token lives only as long as the browser tab, so closing the
// tab on a shared municipal workstation ends the session, and each tab holds its own session (a
// platform admin can work in two comuni side by side). It is still readable by scripts on this
// origin, like any bearer token the gateway issues; the short server-side expiry bounds the risk.
const SESSION_KEY = 'sisa.session';
const REASON_KEY = 'sisa.logoutReason';

export function readSession(): Session | null {
  const raw = sessionStorage.getItem(SESSION_KEY);
  if (!raw) return null;
  try {
    const session = JSON.parse(raw) as Session;
    return session.token && session.expiresAt && session.user ? session : null;
  } catch {
    return null;
  }
}

export function writeSession(session: Session): void {
  sessionStorage.setItem(SESSION_KEY, JSON.stringify(session));
  sessionStorage.removeItem(REASON_KEY);
}

/** Ends the session; a reason survives the logout that follows, for the login page to show. */
export function clearSession(reason?: LogoutReason): void {
  sessionStorage.removeItem(SESSION_KEY);
  if (reason) sessionStorage.setItem(REASON_KEY, reason);
}

/** The reason the previous session ended; kept until the next login replaces it. */
export function readLogoutReason(): LogoutReason | null {
  return sessionStorage.getItem(REASON_KEY) as LogoutReason | null;
}

/** Milliseconds left before the token expires (negative when already expired). */
export function msUntilExpiry(session: Session, now = Date.now()): number {
  return Date.parse(session.expiresAt) - now;
}

export const isExpired = (session: Session, now = Date.now()): boolean =>
  !(msUntilExpiry(session, now) > 0);

/** The current bearer token, or null when there is no live session. */
export function currentToken(): string | null {
  const session = readSession();
  return session && !isExpired(session) ? session.token : null;
}
