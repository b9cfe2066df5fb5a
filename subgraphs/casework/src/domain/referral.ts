import type { FieldError } from '@sisa/kernel';
import {
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  REFERRAL_URGENCY_LABELS,
  type ReferralStatus,
  type ReferralUrgency,
} from '@sisa/rules';

/**
 * Segnalazioni: reports that someone may need help. They arrive (RECEIVED), are looked at
 * (IN_TRIAGE) and are accepted (opening a case, or joining the person's open one) or not
 * accepted with a note. The inbox puts the most urgent first, then the oldest.
 */
export {
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUSES,
  REFERRAL_URGENCIES,
  REFERRAL_URGENCY_LABELS,
  type ReferralStatus,
  type ReferralUrgency,
};

export const REFERRAL_TEXT_MAX = 10_000;
export const PERSON_DESCRIPTION_MAX = 1_000;

export interface ReferralInput {
  receivedAt?: string | null;
  source: string;
  urgency: ReferralUrgency;
  subjectId?: string | null;
  personDescription?: string | null;
  description: string;
}

/** Field errors of a new referral (paths `input.x`); `sources` are the tenant's `referral_sources` codes. */
export function referralErrors(
  input: ReferralInput,
  sources: ReadonlySet<string>,
  now: Date,
): FieldError[] {
  const errors: FieldError[] = [];
  if (!sources.has(input.source))
    errors.push({
      field: 'input.source',
      message: `Fonte della segnalazione sconosciuta: ${input.source}`,
    });
  if (input.receivedAt != null) {
    const at = Date.parse(input.receivedAt);
    if (Number.isNaN(at))
      errors.push({ field: 'input.receivedAt', message: 'Data e ora non valide' });
    else if (at > now.getTime() + 5 * 60 * 1000)
      errors.push({
        field: 'input.receivedAt',
        message: 'Una segnalazione non può arrivare nel futuro',
      });
  }
  const person = input.personDescription?.trim() ?? '';
  if (!input.subjectId && !person)
    errors.push({
      field: 'input.personDescription',
      message:
        'Indicare la persona: un soggetto dell’anagrafe o una descrizione (nome, età, indirizzo…)',
    });
  if (person.length > PERSON_DESCRIPTION_MAX)
    errors.push({
      field: 'input.personDescription',
      message: `Al massimo ${PERSON_DESCRIPTION_MAX.toLocaleString('it-IT')} caratteri`,
    });
  if (!input.description.trim())
    errors.push({ field: 'input.description', message: 'Descrivere il motivo della segnalazione' });
  else if (input.description.length > REFERRAL_TEXT_MAX)
    errors.push({
      field: 'input.description',
      message: `Al massimo ${REFERRAL_TEXT_MAX.toLocaleString('it-IT')} caratteri`,
    });
  return errors;
}

export type TriageDecision = 'ACCEPT' | 'NOT_ACCEPT';

export interface TriageState {
  status: ReferralStatus;
  subjectId: string | null;
}

/**
 * Field errors of a triage decision: only a referral still open to triage; not accepting needs a
 * note; accepting needs the person in the registry (created or linked from the referral first).
 */
export function triageErrors(
  referral: TriageState,
  decision: TriageDecision,
  note: string | null | undefined,
): FieldError[] {
  if (referral.status === 'ACCEPTED' || referral.status === 'NOT_ACCEPTED')
    return [
      {
        field: 'decision',
        message: `La segnalazione è già stata valutata (${REFERRAL_STATUS_LABELS[referral.status].toLowerCase()})`,
      },
    ];
  const errors: FieldError[] = [];
  if (decision === 'NOT_ACCEPT' && !note?.trim())
    errors.push({ field: 'note', message: 'Indicare perché la segnalazione non è accolta' });
  if ((note?.length ?? 0) > REFERRAL_TEXT_MAX)
    errors.push({
      field: 'note',
      message: `Al massimo ${REFERRAL_TEXT_MAX.toLocaleString('it-IT')} caratteri`,
    });
  if (decision === 'ACCEPT' && !referral.subjectId)
    errors.push({
      field: 'decision',
      message:
        'Per accogliere la segnalazione, collegare prima la persona a un soggetto dell’anagrafe',
    });
  return errors;
}

/** The inbox order of urgencies: 0 first. */
export const URGENCY_RANK: Record<ReferralUrgency, number> = {
  URGENT: 0,
  HIGH: 1,
  MEDIUM: 2,
  LOW: 3,
};

/** Inbox order: the most urgent first, then the oldest. */
export function compareForInbox(
  a: { urgency: ReferralUrgency; receivedAt: string },
  b: { urgency: ReferralUrgency; receivedAt: string },
): number {
  return (
    URGENCY_RANK[a.urgency] - URGENCY_RANK[b.urgency] ||
    Date.parse(a.receivedAt) - Date.parse(b.receivedAt)
  );
}

/** The inbox order as SQL over a table with `urgency` and `received_at` columns. */
export const INBOX_ORDER_SQL = `case urgency when 'URGENT' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end, received_at`;
