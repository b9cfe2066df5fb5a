import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * The login rate limiter's counters (rate-limiter-flexible's PostgreSQL store, its own layout):
 * shared by every config process. Platform-level, holds no personal data beyond a username and
 * an address for at most the block's length. Only the limiter and `unlockUser` touch it.
 */
export const LoginRateLimit = defineEntity({
  name: 'LoginRateLimit',
  tableName: 'login_rate_limit',
  properties: {
    key: p.string().length(255).primary(),
    points: p.integer().default(0),
    /** Epoch milliseconds. */
    expire: p.bigint('number').nullable(),
  },
});
export type LoginRateLimit = InferEntity<typeof LoginRateLimit>;
