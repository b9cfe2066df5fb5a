import type { EntityManager } from '@mikro-orm/postgresql';
import { RateLimitedError } from '@sisa/kernel';
import { Pool } from 'pg';
import {
  RateLimiterMemory,
  RateLimiterPostgres,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import {
  ACCOUNT_ADDRESS_LIMIT,
  ADDRESS_LIMIT,
  CLIENT_ADDRESS_LIMIT,
  tooManyAttemptsMessage,
  type RateLimit,
} from '../domain/loginThrottle';

const TABLE = 'login_rate_limit';
const ACCOUNT_ADDRESS_PREFIX = 'login_account_address';

/** Bounded key parts (the store's key is varchar(255)); an unknown address is one bucket. */
const addressKey = (address: string | null) => (address ?? 'unknown').slice(0, 64);
const accountKey = (username: string) => username.slice(0, 64);

/** What `consume` rejects with when the limit is reached (as opposed to a store failure). */
function retryAfterSeconds(rejection: unknown): number | null {
  return rejection instanceof RateLimiterRes ? Math.ceil(rejection.msBeforeNext / 1000) : null;
}

/**
 * The rate limits of login and of API client authentication (see `domain/loginThrottle.ts`), in
 * PostgreSQL so that every config process counts together. Its own small pool: it never waits
 * on the operation's connection, and the operation never waits on it for long. If the store is
 * unreachable, each process falls back to counting in memory.
 */
export class LoginLimiter {
  private readonly pool: Pool;
  private readonly accountAddress: RateLimiterAbstract;
  private readonly address: RateLimiterAbstract;
  private readonly clientAddress: RateLimiterAbstract;

  constructor(databaseUrl: string) {
    this.pool = new Pool({
      connectionString: databaseUrl,
      max: 3,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30_000,
    });
    this.pool.on('error', () => undefined); // an idle client lost: the pool replaces it
    this.accountAddress = this.limiter(ACCOUNT_ADDRESS_PREFIX, ACCOUNT_ADDRESS_LIMIT);
    this.address = this.limiter('login_address', ADDRESS_LIMIT);
    this.clientAddress = this.limiter('oauth_address', CLIENT_ADDRESS_LIMIT);
  }

  private limiter(keyPrefix: string, limit: RateLimit): RateLimiterAbstract {
    const options = {
      keyPrefix,
      points: limit.points,
      duration: limit.durationSeconds,
      blockDuration: limit.blockSeconds,
    };
    return new RateLimiterPostgres({
      ...options,
      storeClient: this.pool,
      storeType: 'pool',
      schemaName: 'config',
      tableName: TABLE,
      tableCreated: true, // by the migration: the service role may not create tables
      insuranceLimiter: new RateLimiterMemory(options),
    });
  }

  /**
   * Counts a login attempt of `username` from `address` before its password is checked, or
   * refuses it with RATE_LIMITED. Counted first, so parallel attempts cannot all slip through.
   */
  async beginLogin(username: string, address: string | null): Promise<void> {
    const consumed = await Promise.allSettled([
      this.address.consume(addressKey(address)),
      this.accountAddress.consume(`${accountKey(username)}|${addressKey(address)}`),
    ]);
    const waits = consumed.map((r) => (r.status === 'rejected' ? retryAfterSeconds(r.reason) : 0));
    const wait = Math.max(...waits.map((w) => w ?? 0));
    if (wait > 0) throw new RateLimitedError(tooManyAttemptsMessage(wait), wait);
    const storeFailure = consumed.find((r, i) => r.status === 'rejected' && waits[i] === null);
    if (storeFailure) throw (storeFailure as PromiseRejectedResult).reason;
  }

  /** A successful login gives back what it took: only failures count. */
  async loginSucceeded(username: string, address: string | null): Promise<void> {
    await Promise.all([
      this.address.reward(addressKey(address), 1),
      this.accountAddress.delete(`${accountKey(username)}|${addressKey(address)}`),
    ]);
  }

  /** Counts an API client's authentication from `address`, or refuses it with RATE_LIMITED. */
  async beginClientAuthentication(address: string | null): Promise<void> {
    try {
      await this.clientAddress.consume(addressKey(address));
    } catch (rejection) {
      const wait = retryAfterSeconds(rejection);
      if (wait === null) throw rejection;
      throw new RateLimitedError(tooManyAttemptsMessage(wait), wait);
    }
  }

  async clientAuthenticated(address: string | null): Promise<void> {
    await this.clientAddress.reward(addressKey(address), 1);
  }

  /** The admin's unlock: the account's per-address blocks go too, in the operation's transaction. */
  async clearAccount(em: EntityManager, username: string): Promise<void> {
    const prefix = `${ACCOUNT_ADDRESS_PREFIX}:${accountKey(username)}|`.replace(/[\\%_]/g, '\\$&');
    await em.execute(`delete from config.${TABLE} where key like ?`, [`${prefix}%`]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
