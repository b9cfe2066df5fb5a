import type { Principal } from '@sisa/kernel';
import { GraphQLError } from 'graphql';
import type { Pool } from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

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

/** A store of counters for one kind of principal. */
export type RateLimitStore = (
  kind: Principal['kind'],
  policy: RateLimitPolicy,
) => RateLimiterAbstract;

const memoryOptions = (kind: Principal['kind'], policy: RateLimitPolicy) => ({
  keyPrefix: `op_${kind}`,
  points: policy.points,
  duration: policy.windowSeconds,
});

/** Counters in this process only (a gateway without a database). */
export const memoryStore: RateLimitStore = (kind, policy) =>
  new RateLimiterMemory(memoryOptions(kind, policy));

/**
 * Counters in PostgreSQL (`auth.rate_limit`, created by config's migration), shared by every
 * gateway process; if the database is unreachable each process counts in memory meanwhile.
 */
export function postgresStore(pool: Pool): RateLimitStore {
  return (kind, policy) =>
    new RateLimiterPostgres({
      ...memoryOptions(kind, policy),
      storeClient: pool,
      storeType: 'pool',
      schemaName: 'auth',
      tableName: 'rate_limit',
      tableCreated: true,
      // Once a principal is over its quota, this process refuses it without asking the database.
      inMemoryBlockOnConsumed: policy.points + 1,
      insuranceLimiter: new RateLimiterMemory(memoryOptions(kind, policy)),
    });
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
 */
export class OperationRateLimiter {
  private readonly limiters: Record<Principal['kind'], RateLimiterAbstract>;

  constructor(
    private readonly limits: RateLimits,
    store: RateLimitStore = memoryStore,
  ) {
    this.limiters = { client: store('client', limits.client), user: store('user', limits.user) };
  }

  async consume(principal: Principal): Promise<RateLimitAnswer> {
    const policy = this.limits[principal.kind];
    const name = principal.kind;
    const headers = (remaining: number, resetMs: number): Record<string, string> => ({
      'RateLimit-Policy': `"${name}";q=${policy.points};w=${policy.windowSeconds}`,
      RateLimit: `"${name}";r=${remaining};t=${Math.max(0, Math.ceil(resetMs / 1000))}`,
    });
    try {
      const res = await this.limiters[name].consume(principal.subjectId);
      return { allowed: true, headers: headers(res.remainingPoints, res.msBeforeNext) };
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      return {
        allowed: false,
        headers: { ...headers(0, rejection.msBeforeNext), 'Retry-After': String(retryAfter) },
      };
    }
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
