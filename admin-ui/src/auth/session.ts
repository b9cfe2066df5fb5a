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

// A reload, or a link typed in the address bar, replaces the page in the same tab: no other tab may
// be open to hand the session back. So, only while the page goes (`pagehide`), the session waits
// in this tab's sessionStorage; the next page takes it out at once, and only within
// HANDOVER_MS. While a page is open nothing of the token is stored. A tab closed for good leaves
// the handover behind in the browser's copy of the closed tab (until the browser drops it, or the
// token expires): what the token itself sat in for the whole session before.
const HANDOVER_KEY = 'sisa.handover';
const HANDOVER_MS = 30_000;

function takeHandover(): void {
  let raw: string | null;
  try {
    raw = sessionStorage.getItem(HANDOVER_KEY);
    sessionStorage.removeItem(HANDOVER_KEY);
  } catch {
    return;
  }
  if (!raw) return;
  try {
    const { session, at } = JSON.parse(raw) as { session: Session; at: number };
    const age = Date.now() - at;
    if (session?.token && age >= 0 && age < HANDOVER_MS && !isExpired(session))
      sessionHolder.start(session);
  } catch {
    // A damaged handover is no session.
  }
}

if (typeof window !== 'undefined' && typeof sessionStorage !== 'undefined') {
  takeHandover();
  window.addEventListener('pagehide', () => {
    const session = sessionHolder.current();
    if (session && !isExpired(session))
      sessionStorage.setItem(HANDOVER_KEY, JSON.stringify({ session, at: Date.now() }));
  });
  // Back from the back/forward cache: the page is alive again, its handover not needed.
  window.addEventListener('pageshow', () => sessionStorage.removeItem(HANDOVER_KEY));
}

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
