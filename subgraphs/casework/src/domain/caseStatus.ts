import { formatItalianDate } from '@sisa/italia';
import type { FieldError } from '@sisa/kernel';

/**
 * The life of a social case: opened (presa in carico), suspended and resumed, closed with a
 * reason, reopened. A closed case is read-only until it is reopened.
 */
export const SOCIAL_CASE_STATUSES = ['OPEN', 'SUSPENDED', 'CLOSED'] as const;
export type SocialCaseStatus = (typeof SOCIAL_CASE_STATUSES)[number];

export const SOCIAL_CASE_STATUS_LABELS: Record<SocialCaseStatus, string> = {
  OPEN: 'Aperta',
  SUSPENDED: 'Sospesa',
  CLOSED: 'Chiusa',
};

const NEXT: Record<SocialCaseStatus, readonly SocialCaseStatus[]> = {
  OPEN: ['SUSPENDED', 'CLOSED'],
  SUSPENDED: ['OPEN', 'CLOSED'],
  CLOSED: ['OPEN'],
};

/** Why a case cannot go from `from` to `to`, in Italian; null when it can. */
export function statusChangeRefusal(from: SocialCaseStatus, to: SocialCaseStatus): string | null {
  if (from === to) return `La cartella è già ${SOCIAL_CASE_STATUS_LABELS[to].toLowerCase()}`;
  if (NEXT[from].includes(to)) return null;
  return `Una cartella ${SOCIAL_CASE_STATUS_LABELS[from].toLowerCase()} non può diventare ${SOCIAL_CASE_STATUS_LABELS[to].toLowerCase()}`;
}

/** Whether the case's content (team, problems, diary, assessments, documents) may change. */
export function isCaseWritable(status: SocialCaseStatus): boolean {
  return status !== 'CLOSED';
}

export interface Closure {
  openedAt: string;
  closedAt: string;
  reason: string;
}

/** Field errors of a closure (dates as YYYY-MM-DD): not before the opening, not in the future, a reason. */
export function closureErrors(closure: Closure, today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (closure.closedAt < closure.openedAt)
    errors.push({
      field: 'closedAt',
      message: `La data di chiusura non può precedere l’apertura (${formatItalianDate(closure.openedAt)})`,
    });
  if (closure.closedAt > today)
    errors.push({ field: 'closedAt', message: 'La data di chiusura non può essere futura' });
  const reason = closure.reason.trim();
  if (!reason) errors.push({ field: 'reason', message: 'Indicare il motivo della chiusura' });
  else if (reason.length > 2000)
    errors.push({ field: 'reason', message: 'Il motivo può avere al massimo 2000 caratteri' });
  return errors;
}
