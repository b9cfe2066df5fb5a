/**
 * How login resists guessing without letting anyone lock a person out.
 *
 * - From one address, one account takes `ACCOUNT_ADDRESS_LIMIT.points` attempts per window: an
 *   attacker's failures block that pair only, never the owner coming from elsewhere.
 * - One address takes `ADDRESS_LIMIT.points` failed attempts per window, whatever the accounts
 *   (password spraying; each attempt costs a scrypt).
 * - Both are counted before the password is checked (so parallel attempts cannot slip through)
 *   and given back on success; they live in PostgreSQL, shared by every config process.
 * - Across all addresses, `ACCOUNT_LOCK_THRESHOLD` failures in a row lock the account itself,
 *   briefly (a distributed attack slows to a trickle; the owner waits minutes, not days, or asks
 *   the admin's unlock, which also clears the per-address blocks).
 */
export interface RateLimit {
  points: number;
  durationSeconds: number;
  blockSeconds: number;
}

export const ACCOUNT_ADDRESS_LIMIT: RateLimit = {
  points: 5,
  durationSeconds: 15 * 60,
  blockSeconds: 15 * 60,
};
export const ADDRESS_LIMIT: RateLimit = {
  points: 100,
  durationSeconds: 15 * 60,
  blockSeconds: 15 * 60,
};
/** API clients authenticating at `/oauth/token`: failures per address. */
export const CLIENT_ADDRESS_LIMIT: RateLimit = {
  points: 30,
  durationSeconds: 15 * 60,
  blockSeconds: 15 * 60,
};

/** Failures in a row (from any address) after which the account itself is locked. */
export const ACCOUNT_LOCK_THRESHOLD = 20;
/** The account lock lasts a minute, doubling with every further failure, up to an hour. */
export const ACCOUNT_LOCK_BASE_SECONDS = 60;
export const ACCOUNT_LOCK_MAX_SECONDS = 60 * 60;

/** When a user with `failedLogins` failures in a row (this one included) is locked until, or null. */
export function lockUntilAfterFailure(failedLogins: number, now: Date): Date | null {
  if (failedLogins < ACCOUNT_LOCK_THRESHOLD) return null;
  const seconds = Math.min(
    ACCOUNT_LOCK_BASE_SECONDS * 2 ** Math.min(failedLogins - ACCOUNT_LOCK_THRESHOLD, 30),
    ACCOUNT_LOCK_MAX_SECONDS,
  );
  return new Date(now.getTime() + seconds * 1000);
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** Whole minutes to wait, for the message (at least one). */
export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}

export function tooManyAttemptsMessage(seconds: number): string {
  const minutes = minutesToWait(seconds);
  return `Troppi tentativi di accesso: riprova tra ${minutes} ${minutes === 1 ? 'minuto' : 'minuti'}`;
}
