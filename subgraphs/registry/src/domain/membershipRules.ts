import type { FieldError } from '@sisa/kernel';

/**
 * One period of a subject in a household. `since` is the first day (null: not known, "always"),
 * `until` the day the subject left (exclusive: from that day they are no longer a member; null
 * while they still are).
 */
export interface MembershipPeriod {
  householdId: string;
  subjectId: string;
  since: string | null;
  until: string | null;
}

/** True when the membership covers `date`. */
export function isMemberOn(
  period: { since?: string | null; until?: string | null },
  date: string,
): boolean {
  return (
    (period.since == null || period.since <= date) && (period.until == null || date < period.until)
  );
}

/** True while the membership is open (the subject has not left). */
export const isCurrent = (period: { until?: string | null }) => period.until == null;

/**
 * Checks a new membership of `subjectId` from `since` against the subject's other periods (in any
 * household): a person belongs to one household at a time, so the subject must have no open
 * membership and the new one must start on or after the day they left the last one. Neither date
 * may be in the future: the registry records what happened. Errors go on `field`.
 */
export function checkNewMembership(
  candidate: { subjectId: string; since: string; birthDate: string },
  periods: readonly MembershipPeriod[],
  today: string,
  prefix: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const mine = periods.filter((p) => p.subjectId === candidate.subjectId);
  if (candidate.since > today)
    errors.push({ field: `${prefix}since`, message: 'La data di ingresso non può essere futura' });
  if (candidate.since < candidate.birthDate) {
    errors.push({
      field: `${prefix}since`,
      message: 'La data di ingresso precede la data di nascita',
    });
  }
  if (mine.some(isCurrent)) {
    errors.push({
      field: `${prefix}subjectId`,
      message: 'Il soggetto fa già parte di un nucleo familiare: registrarne prima l\u2019uscita',
    });
  } else {
    const lastLeft = mine
      .map((p) => p.until!)
      .sort()
      .at(-1);
    if (lastLeft && candidate.since < lastLeft) {
      errors.push({
        field: `${prefix}since`,
        message: `Il soggetto faceva parte di un altro nucleo fino al ${lastLeft}: la data di ingresso non può essere precedente`,
      });
    }
  }
  return errors;
}

/** Checks the end of an open membership on `until` (the day the subject leaves). */
export function checkMembershipEnd(
  period: MembershipPeriod,
  until: string,
  today: string,
  field: string,
): FieldError[] {
  if (until > today) return [{ field, message: 'La data di uscita non può essere futura' }];
  if (period.since !== null && until < period.since) {
    return [
      {
        field,
        message: `La data di uscita non può precedere quella di ingresso (${period.since})`,
      },
    ];
  }
  return [];
}

/**
 * The most people a household may hold at once: Italian households have a few members (ISTAT: 2.3
 * on average, very few above ten); a list beyond this is a mistake or an attack.
 */
export const MAX_HOUSEHOLD_MEMBERS = 50;

/** The error when `current` members plus `added` ones would exceed the bound, else null. */
export function tooManyMembers(current: number, added: number): string | null {
  return current + added > MAX_HOUSEHOLD_MEMBERS
    ? `Un nucleo ha al massimo ${MAX_HOUSEHOLD_MEMBERS} componenti (sarebbero ${current + added})`
    : null;
}

/** Subject ids listed more than once in the members of a new household. */
export function repeatedSubjects(subjectIds: readonly string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const id of subjectIds) (seen.has(id) ? repeated : seen).add(id);
  return [...repeated];
}

/** ANPR code of the intestatario della scheda: a household has at most one at a time. */
export const HEAD_OF_HOUSEHOLD = '1';

/**
 * Indexes of the new members that would give the household a second intestatario (its current
 * members plus the new ones, in order).
 */
export function extraHeads(
  current: readonly { relationship: string }[],
  added: readonly { relationship: string }[],
): number[] {
  let heads = current.filter((m) => m.relationship === HEAD_OF_HOUSEHOLD).length;
  const extra: number[] = [];
  added.forEach((m, i) => {
    if (m.relationship !== HEAD_OF_HOUSEHOLD) return;
    heads += 1;
    if (heads > 1) extra.push(i);
  });
  return extra;
}
