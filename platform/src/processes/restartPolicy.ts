/**
 * How the supervisor brings a crashed service back: after `initialDelayMs`, doubling with every
 * crash in a row up to `maxDelayMs`; a process that stayed up `stableMs` starts counting afresh.
 */
export interface RestartPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  stableMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  initialDelayMs: 1000,
  maxDelayMs: 30_000,
  stableMs: 60_000,
};

/** The wait before the restart that follows the `crashesInARow`-th crash in a row (1, 2, …). */
export function restartDelay(policy: RestartPolicy, crashesInARow: number): number {
  const doublings = Math.max(0, crashesInARow - 1);
  // 2^31 ms is already beyond any sensible maximum: stop doubling before numbers grow silly.
  return Math.min(policy.maxDelayMs, policy.initialDelayMs * 2 ** Math.min(doublings, 31));
}

/** The crashes in a row after one that ended a run of `upMs`: a stable run resets the count. */
export function crashesInARowAfter(
  policy: RestartPolicy,
  previousCrashesInARow: number,
  upMs: number,
): number {
  return upMs >= policy.stableMs ? 1 : previousCrashesInARow + 1;
}
