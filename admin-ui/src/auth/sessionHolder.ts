import type { Session } from './session';

/** What happened to this tab's session, for the parts of the console that must follow it. */
export type SessionChange =
  /**
   * Logged out in another tab: this tab has no session any more. `otherToken` is the token this
   * tab held when it was not the one logged out (a platform admin's other comune): still to close.
   */
  | { kind: 'ended-elsewhere'; otherToken: string | null }
  /** This tab works with a new session of its own (a platform admin entered another comune). */
  | { kind: 'switched' }
  /** Another tab renewed the session this tab shares: same user and comune, new token. */
  | { kind: 'renewed' };

/** The messages tabs exchange on the `sisa-session` channel. */
export type SessionMessage =
  | { type: 'ask'; from: string }
  | { type: 'answer'; to: string; session: Session }
  | { type: 'renewed'; previousToken: string; session: Session }
  | { type: 'logout'; token: string | null };

/** The name of the channel the console's tabs share their session on. */
export const SESSION_CHANNEL = 'sisa-session';
/** How long a new tab waits for another tab's session before showing the login page. */
export const ASK_TIMEOUT_MS = 300;

/** Milliseconds left before the token expires (negative when already expired). */
export function msUntilExpiry(session: Session, now = Date.now()): number {
  return Date.parse(session.expiresAt) - now;
}

export const isExpired = (session: Session, now = Date.now()): boolean =>
  !(msUntilExpiry(session, now) > 0);

/** A `BroadcastChannel` (the browser's, or Node's in the unit tests). */
export interface SessionChannel {
  postMessage(message: SessionMessage): void;
  onmessage: ((event: MessageEvent) => void) | null;
}

/**
 * The session of one tab, in memory only, shared with the other tabs of the same browser.
 *
 * The token is never written to localStorage, sessionStorage or a cookie: nothing of it reaches
 * the disk (Chromium keeps sessionStorage on disk for "reopen closed tab" and crash recovery, on a
 * shared municipal workstation that is a live token in a file). A tab opened later (a new tab, a
 * Ctrl+click, a link pasted in the address bar) asks the open tabs over a `BroadcastChannel`; one
 * that has a live session answers with it, and the new tab works under the same session. When no
 * tab answers within {@link ASK_TIMEOUT_MS} the console shows the login page: closing the last tab
 * ends the session on this browser (a reload of a tab is bridged in session.ts). Logging out in any
 * tab ends the session in all of them (and on the server).
 *
 * Who can ask: a `BroadcastChannel` reaches only documents of the same origin (scheme, host and
 * port) in the same browser profile; another profile, another browser, a private window or
 * another site cannot join it. Any script running on the console's origin can, which is no more
 * than it could do already (it runs with the page's token in the page). So the console's origin
 * must serve only the console and the gateway (no user content), as it does.
 */
export class SessionHolder {
  private session: Session | null = null;
  private restoring: Promise<void> | null = null;
  private readonly pending = new Map<string, (session: Session) => void>();
  private readonly listeners = new Set<(change: SessionChange) => void>();

  constructor(
    private readonly channel: SessionChannel | null,
    private readonly askTimeoutMs = ASK_TIMEOUT_MS,
  ) {
    if (channel) channel.onmessage = (event) => this.receive(event.data as SessionMessage);
  }

  /** This tab's live session, if any. */
  current(): Session | null {
    return this.session;
  }

  /**
   * This tab's session, or the one another tab hands over when this tab has none yet; asked once
   * per page load (a later call waits for the same answer).
   */
  restore(): Promise<Session | null> {
    if (this.session) return Promise.resolve(this.session);
    this.restoring ??= this.ask();
    return this.restoring.then(() => this.session);
  }

  /** This tab's new session (login, or a comune chosen by a platform admin): not sent to others. */
  start(session: Session): void {
    const switched = this.session !== null && this.session.token !== session.token;
    this.session = session;
    if (switched) this.emit({ kind: 'switched' });
  }

  /**
   * A renewed token of the same session (same user, same comune): the tabs that share the old token
   * take the new one, so one refresh serves them all.
   */
  renew(session: Session): void {
    const previous = this.session;
    this.session = session;
    if (previous && previous.token !== session.token)
      this.channel?.postMessage({ type: 'renewed', previousToken: previous.token, session });
  }

  /** Ends this tab's session only (expired, or refused by the server). */
  end(): void {
    this.session = null;
  }

  /**
   * Logout: ends this tab's session and tells every other tab to end its own. Returns the token
   * that was in use, for the caller to close it on the server.
   */
  endEverywhere(): string | null {
    const token = this.session?.token ?? null;
    this.session = null;
    // A tab that has already lost its session (logged out from elsewhere) has nothing to announce.
    if (token) this.channel?.postMessage({ type: 'logout', token });
    return token;
  }

  /** Calls `listener` on each change that came from outside this tab or restarts the console. */
  subscribe(listener: (change: SessionChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private ask(): Promise<void> {
    if (!this.channel) return Promise.resolve();
    const from = randomId();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(from);
        resolve();
      }, this.askTimeoutMs);
      this.pending.set(from, (session) => {
        clearTimeout(timer);
        this.pending.delete(from);
        // A session this tab started meanwhile (a login) wins over one handed over.
        this.session ??= session;
        resolve();
      });
      this.channel!.postMessage({ type: 'ask', from });
    });
  }

  private receive(message: SessionMessage): void {
    switch (message.type) {
      case 'ask': {
        const session = this.session;
        if (session && !isExpired(session))
          this.channel?.postMessage({ type: 'answer', to: message.from, session });
        return;
      }
      case 'answer': {
        const { session } = message;
        if (!isExpired(session)) this.pending.get(message.to)?.(session);
        return;
      }
      case 'renewed':
        if (this.session?.token === message.previousToken) {
          this.session = message.session;
          this.emit({ kind: 'renewed' });
        }
        return;
      case 'logout': {
        const own = this.session;
        if (!own) return;
        this.session = null;
        const otherToken = own.token === message.token ? null : own.token;
        this.emit({ kind: 'ended-elsewhere', otherToken });
        return;
      }
    }
  }

  private emit(change: SessionChange): void {
    for (const listener of this.listeners) listener(change);
  }
}

function randomId(): string {
  return typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}
