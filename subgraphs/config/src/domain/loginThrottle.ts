/** Failures in a row after which the account is locked. */
export const MAX_FAILED_LOGINS = 5;
/** First lock lasts 15 minutes and doubles with every further failure, up to a day. */
const BASE_LOCK_MS = 15 * 60 * 1000;
const MAX_LOCK_MS = 24 * 60 * 60 * 1000;

/** When a user with `failedLogins` consecutive failures (this one included) is locked until, or null. */
export function lockUntilAfterFailure(failedLogins: number, now: Date): Date | null {
  if (failedLogins < MAX_FAILED_LOGINS) return null;
  const lockMs = Math.min(BASE_LOCK_MS * 2 ** (failedLogins - MAX_FAILED_LOGINS), MAX_LOCK_MS);
  return new Date(now.getTime() + lockMs);
}

/** Delay before answering a failed attempt, growing with the streak (slows guessing even before the lock). */
export function failureDelayMs(failedLogins: number): number {
  return Math.min(250 * 2 ** Math.max(0, failedLogins - 1), 4000);
}

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}
