import { FieldErrors } from '@sisa/kernel';

/** The longest a support grant may last: a week of assistance, then the tenant decides again. */
export const MAX_SUPPORT_GRANT_DAYS = 7;
const DAY_MS = 86_400_000;

export interface SupportGrantRequest {
  username: string;
  reason: string;
  validFrom?: Date | null;
  validUntil: Date;
}

/** Checks a grant's reason and period; returns the normalised values or throws BAD_USER_INPUT. */
export function checkSupportGrant(
  input: SupportGrantRequest,
  now: Date,
): { reason: string; validFrom: Date; validUntil: Date } {
  const errors = new FieldErrors();
  const reason = input.reason.trim();
  if (reason.length < 5 || reason.length > 500)
    errors.add('input.reason', 'Indicare il motivo dell\u2019assistenza (5–500 caratteri)');
  const validFrom = input.validFrom && input.validFrom > now ? input.validFrom : now;
  const validUntil = input.validUntil;
  if (validUntil <= validFrom)
    errors.add('input.validUntil', 'La fine dell\u2019accesso deve seguire il suo inizio');
  else if (validUntil.getTime() - now.getTime() > MAX_SUPPORT_GRANT_DAYS * DAY_MS)
    errors.add(
      'input.validUntil',
      `Un accesso di assistenza dura al massimo ${MAX_SUPPORT_GRANT_DAYS} giorni`,
    );
  errors.throwIfAny();
  return { reason, validFrom, validUntil };
}

/** Seconds a session lasts: its own length, cut at the end of the support grant it carries. */
export function sessionSeconds(ttlSeconds: number, now: Date, grantUntil?: Date | null): number {
  if (!grantUntil) return ttlSeconds;
  return Math.max(
    1,
    Math.min(ttlSeconds, Math.floor((grantUntil.getTime() - now.getTime()) / 1000)),
  );
}
