import { LRUCache } from 'lru-cache';
import { Client } from 'pg';
import { UnauthenticatedError } from '../errors';
import type { Logger } from '../logging';
import { ROLES, type Principal, type Role } from './principal';
import type { PrincipalCheck } from './tokens';

/**
 * The channel on which the config subgraph announces a session change (payload `{"sid": …}`):
 * logout, password change, user deactivated or roles changed, client revoked, support grant
 * revoked or shortened. Every process drops that session from its cache at once.
 */
export const SESSION_CHANNEL = 'sisa_session_changed';

/** A session as the database describes it now; null when it ended (or never existed). */
export interface SessionState {
  roles: Role[];
  /** Until when the session's support grant opens the tenant's personal data (ms), if at all. */
  supportUntilMs: number | null;
}

/** Reads one session's state: `auth.session_state(sid)` in production. */
export type SessionStateLoader = (sessionId: string) => Promise<SessionState | null>;

interface CachedState {
  state: Promise<SessionState | null>;
  fetchedAtMs: number;
}

export interface SessionCheckOptions {
  load: SessionStateLoader;
  /** Safety net if a notification is missed: answers older than this are read again (5 s). */
  maxAgeMs?: number;
  /** The process's own database URL, to LISTEN for changes (any role may listen). */
  databaseUrl?: string;
  logger?: Logger;
  now?: () => number;
}

const SESSION_ENDED = 'Sessione terminata: accedi di nuovo';

/** The SQL that reads a session's state (a security-definer function any service role may call). */
export const SESSION_STATE_SQL = 'select roles, support_until from auth.session_state(?::uuid)';

/** Turns a row of `auth.session_state` into a SessionState. */
export function sessionStateOf(
  row: { roles: string[]; support_until: Date | string | null } | undefined,
): SessionState | null {
  if (!row) return null;
  return {
    roles: row.roles.filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    supportUntilMs: row.support_until ? new Date(row.support_until).getTime() : null,
  };
}

/**
 * Checks a token's session on every request: an ended session is UNAUTHENTICATED, a changed one
 * gives its current roles, a revoked or expired support grant no longer opens personal data.
 * Answers are cached per session for a few seconds and dropped at once on
 * `NOTIFY sisa_session_changed`, so a cache hit costs a map lookup and a change is seen
 * immediately (within `maxAgeMs` if a notification is ever missed).
 */
export class SessionCheck implements PrincipalCheck {
  private readonly cache = new LRUCache<string, CachedState>({ max: 50_000 });
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  private listener: Client | null = null;
  private stopped = false;

  constructor(private readonly options: SessionCheckOptions) {
    this.maxAgeMs = options.maxAgeMs ?? 5000;
    this.now = options.now ?? Date.now;
  }

  /** Starts listening for session changes (call once, at service start). */
  async start(): Promise<void> {
    if (this.options.databaseUrl) await this.listen();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.options.databaseUrl });
    client.on('notification', (message) => this.onChange(message.payload));
    client.on('error', (error) => {
      this.options.logger?.warn({ err: error }, 'session listener lost; reconnecting');
      this.cache.clear();
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`listen ${SESSION_CHANNEL}`);
    this.listener = client;
  }

  /** Forgets a session (on a notification, or after a change made in this process). */
  forget(sessionId: string): void {
    this.cache.delete(sessionId);
  }

  private onChange(payload: string | undefined): void {
    try {
      const { sid } = JSON.parse(payload ?? '{}') as { sid?: unknown };
      if (typeof sid === 'string') return void this.cache.delete(sid);
    } catch {
      // fall through: an unreadable announcement drops everything
    }
    this.cache.clear();
  }

  private state(sessionId: string): Promise<SessionState | null> {
    const now = this.now();
    const entry = this.cache.get(sessionId);
    if (entry && now - entry.fetchedAtMs < this.maxAgeMs) return entry.state;
    const state = this.options.load(sessionId);
    this.cache.set(sessionId, { state, fetchedAtMs: now });
    state.catch(() => this.cache.delete(sessionId));
    return state;
  }

  /** The principal in force now for a verified token, or UNAUTHENTICATED. */
  async check(principal: Principal): Promise<Principal> {
    if (!principal.sessionId) throw new UnauthenticatedError(SESSION_ENDED);
    const state = await this.state(principal.sessionId);
    if (!state) throw new UnauthenticatedError(SESSION_ENDED);
    const supportGrantId =
      principal.supportGrantId && state.supportUntilMs !== null && state.supportUntilMs > this.now()
        ? principal.supportGrantId
        : null;
    return { ...principal, roles: principal.kind === 'user' ? state.roles : [], supportGrantId };
  }
}
