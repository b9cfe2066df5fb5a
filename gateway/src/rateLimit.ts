import type { Principal } from '@sisa/kernel';
import { GraphQLError } from 'graphql';
import { MemoryCounterStore, type CounterStore } from './rateLimitStore';

/** How many operations one principal may send per window. */
export interface RateLimitPolicy {
  points: number;
  windowSeconds: number;
}

/** Per kind of principal: API clients (integrations) and people (the console). */
export interface RateLimits {
  client: RateLimitPolicy;
  user: RateLimitPolicy;
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} deve essere un intero positivo`);
  return n;
}

/**
 * The limits from the environment: `SISA_RATE_LIMIT_CLIENT` and `SISA_RATE_LIMIT_USER` (operations
 * per window, 600 and 1200), `SISA_RATE_LIMIT_WINDOW_SECONDS` (60).
 */
export function rateLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): RateLimits {
  const windowSeconds = positiveInt(
    env.SISA_RATE_LIMIT_WINDOW_SECONDS,
    60,
    'SISA_RATE_LIMIT_WINDOW_SECONDS',
  );
  return {
    client: {
      points: positiveInt(env.SISA_RATE_LIMIT_CLIENT, 600, 'SISA_RATE_LIMIT_CLIENT'),
      windowSeconds,
    },
    user: {
      points: positiveInt(env.SISA_RATE_LIMIT_USER, 1200, 'SISA_RATE_LIMIT_USER'),
      windowSeconds,
    },
  };
}

/** The most of a quota one gateway process holds at once: 5 %, at most 50 operations. */
export function leaseLimit(policy: RateLimitPolicy): number {
  return Math.max(1, Math.min(50, Math.floor(policy.points / 20)));
}

/** A key left alone this long gives its unspent operations back to the store. */
const IDLE_MS = 1000;
/** A key whose quota is used up asks the store again at most this often (others may give back). */
const RECHECK_MS = 1000;
/** A lease used up within this time makes the next one twice as large (up to `leaseLimit`). */
const LEASE_SPAN_MS = 2000;

/** What this process knows and holds of one key's window. */
interface Lease {
  /** The store's id of the window (its end in the store's clock); 0 before the first answer. */
  windowEnd: number;
  /** When the window ends, in this process's clock. */
  endsAt: number;
  /** Operations granted to this process and not yet spent. */
  tokens: number;
  /** The store's count of the window after this process's last take (others' included). */
  counted: number;
  /** The size of the next lease. */
  size: number;
  takenAt: number;
  usedAt: number;
  /** The quota is used up as far as this process knows: no take before `recheckAt`. */
  full: boolean;
  recheckAt: number;
  refill: Promise<void> | null;
}

/** The IETF RateLimit headers (draft-ietf-httpapi-ratelimit-headers) of one answer. */
export interface RateLimitAnswer {
  allowed: boolean;
  headers: Record<string, string>;
}

/**
 * Counts each GraphQL operation against its principal (API client or user, never the address):
 * `RateLimit-Policy: "client";q=600;w=60`, `RateLimit: "client";r=599;t=60`, and when refused
 * `Retry-After` too. Anonymous operations (login) have their own throttling in config.
 *
 * The counters are shared by every gateway process (`store`), but an operation does not wait for
 * the store: each process takes a lease of operations per key in one statement (1 at first,
 * doubling while they are used up quickly, at most `leaseLimit`: 5 % of the quota) and spends it
 * locally, taking the next lease in the background when half is spent. A process only admits
 * operations the store has granted it, so all processes together never admit more than the
 * quota; operations leased and left unspent go back to the store after a second of idleness
 * (meanwhile another process may refuse up to that many early). A key whose quota is spent is
 * refused locally, and the store asked again once a second.
 */
export class OperationRateLimiter {
  private readonly leases = new Map<string, Lease>();
  /** Give-backs still on their way to the store (`close` waits for them). */
  private readonly givingBack = new Set<Promise<void>>();
  private readonly sweeper: NodeJS.Timeout;
  /** Operations that waited for the store (the first of a key, or a lease spent before its successor came). */
  waits = 0;

  constructor(
    private readonly limits: RateLimits,
    readonly store: CounterStore = new MemoryCounterStore(),
  ) {
    this.sweeper = setInterval(() => this.sweep(Date.now()), IDLE_MS);
    this.sweeper.unref();
  }

  async consume(principal: Principal): Promise<RateLimitAnswer> {
    const policy = this.limits[principal.kind];
    const name = principal.kind;
    const key = `op_${name}:${principal.subjectId}`;
    let lease = this.leaseOf(key, Date.now());
    lease.usedAt = Date.now();
    // Wait for the store only with nothing left to spend (each turn ends in a larger lease, or
    // in the quota found spent).
    while (lease.tokens === 0 && !(lease.full && Date.now() < lease.recheckAt)) {
      this.waits++;
      await (lease.refill ??= this.refill(key, lease, policy));
      lease = this.leaseOf(key, Date.now());
    }
    const msLeft = Math.max(0, lease.endsAt - Date.now());
    const policyHeader = `"${name}";q=${policy.points};w=${policy.windowSeconds}`;
    const t = Math.ceil(msLeft / 1000);
    if (lease.tokens === 0) {
      const retryAfter = Math.max(1, t);
      return {
        allowed: false,
        headers: {
          'RateLimit-Policy': policyHeader,
          RateLimit: `"${name}";r=0;t=${t}`,
          'Retry-After': String(retryAfter),
        },
      };
    }
    lease.tokens--;
    // The next lease is asked for when half of this one is spent, so that operations do not
    // wait for it (not with a lease of 1: a small quota is counted operation by operation).
    if (
      !lease.full &&
      !lease.refill &&
      lease.size > 1 &&
      lease.tokens <= Math.floor(lease.size / 2)
    )
      lease.refill = this.refill(key, lease, policy).catch(() => undefined);
    const remaining = Math.max(0, policy.points - (lease.counted - lease.tokens));
    return {
      allowed: true,
      headers: { 'RateLimit-Policy': policyHeader, RateLimit: `"${name}";r=${remaining};t=${t}` },
    };
  }

  /** The key's lease in the current window (a new, empty one when the last window is over). */
  private leaseOf(key: string, now: number): Lease {
    const lease = this.leases.get(key);
    if (lease && (lease.windowEnd === 0 || now < lease.endsAt)) return lease;
    const fresh: Lease = {
      windowEnd: 0,
      endsAt: now,
      tokens: 0,
      counted: 0,
      size: 1,
      takenAt: 0,
      usedAt: now,
      full: false,
      recheckAt: 0,
      refill: null,
    };
    this.leases.set(key, fresh);
    return fresh;
  }

  /** Takes the next lease from the store (or, the quota being spent, looks whether it still is). */
  private async refill(key: string, lease: Lease, policy: RateLimitPolicy): Promise<void> {
    const windowMs = policy.windowSeconds * 1000;
    const limit = leaseLimit(policy);
    try {
      if (lease.full) {
        const count = await this.store.read(key);
        if (count && count.points >= policy.points) {
          lease.recheckAt = Date.now() + RECHECK_MS;
          return;
        }
      }
      // This process never holds more than `leaseLimit` unspent.
      const size = lease.full ? 1 : Math.max(1, Math.min(lease.size, limit - lease.tokens));
      const count = await this.store.take(key, size, windowMs);
      const now = Date.now();
      if (count.windowEnd !== lease.windowEnd) {
        // A new window: what was left of the last one lapsed with it.
        lease.windowEnd = count.windowEnd;
        lease.tokens = 0;
      }
      lease.endsAt = now + count.msLeft;
      const granted = Math.max(0, Math.min(size, policy.points - (count.points - size)));
      lease.tokens += granted;
      lease.counted = count.points - (size - granted);
      // What lies beyond the quota goes straight back: the store counts only what was granted.
      if (granted < size) this.giveBack(key, size - granted, count.windowEnd);
      lease.full = lease.counted >= policy.points;
      if (lease.full) lease.recheckAt = now + RECHECK_MS;
      if (now - lease.takenAt < LEASE_SPAN_MS) lease.size = Math.min(limit, lease.size * 2);
      lease.takenAt = now;
    } finally {
      lease.refill = null;
    }
  }

  /** Gives back what idle keys hold, forgets keys whose window is over. */
  private sweep(now: number): void {
    for (const [key, lease] of this.leases) {
      if (lease.refill) continue;
      if (now >= lease.endsAt && lease.windowEnd !== 0) this.leases.delete(key);
      else if (now - lease.usedAt >= IDLE_MS) {
        this.leases.delete(key);
        if (lease.tokens > 0) this.giveBack(key, lease.tokens, lease.windowEnd);
      }
    }
  }

  /** Returns points to the store off the request's path; `close` waits for it. */
  private giveBack(key: string, points: number, windowEnd: number): void {
    const done: Promise<void> = this.store
      .giveBack(key, points, windowEnd)
      .catch(() => undefined)
      .finally(() => this.givingBack.delete(done));
    this.givingBack.add(done);
  }

  /** Gives back every unspent operation, then closes the store. */
  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await Promise.all([...this.leases.values()].map((l) => l.refill));
    await Promise.all(this.givingBack);
    await Promise.all(
      [...this.leases]
        .filter(([, l]) => l.tokens > 0 && Date.now() < l.endsAt)
        .map(([key, l]) => this.store.giveBack(key, l.tokens, l.windowEnd)),
    );
    this.leases.clear();
    await this.store.close();
  }
}

/**
 * Counts the operation of `principal` (none: not counted here), sets the RateLimit headers on
 * `res`, and when the limit is reached throws RATE_LIMITED with HTTP 429 and `Retry-After`.
 */
export async function enforceRateLimit(
  limiter: OperationRateLimiter,
  principal: Principal | null,
  res: { setHeader(name: string, value: string): unknown } | undefined,
): Promise<void> {
  if (!principal) return;
  const answer = await limiter.consume(principal);
  for (const [name, value] of Object.entries(answer.headers)) res?.setHeader(name, value);
  if (answer.allowed) return;
  const retryAfterSeconds = Number(answer.headers['Retry-After']);
  throw new GraphQLError(`Troppe richieste: riprova tra ${retryAfterSeconds} secondi`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      http: { status: 429, headers: new Map(Object.entries(answer.headers)) },
    },
  });
}
