/** How long a support grant lasts, as the form offers it (the server allows at most 7 days). */
export const SUPPORT_DURATIONS_HOURS = [4, 24, 72, 168] as const;

/** The grant's end for a duration chosen in the form, from now. */
export function supportGrantEnd(hours: number, now = Date.now()): string {
  return new Date(now + hours * 3_600_000).toISOString();
}
