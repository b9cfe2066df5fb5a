import type { FieldError } from '@sisa/kernel';

/**
 * The équipe of a case: dated memberships. One responsible at a time; someone whose membership
 * has ended (`until` before today) is no longer on the team and loses access to the case's
 * content at once.
 */
export const CASE_TEAM_ROLES = ['RESPONSIBLE', 'MEMBER', 'CONSULTANT'] as const;
export type CaseTeamRole = (typeof CASE_TEAM_ROLES)[number];

export const CASE_TEAM_ROLE_LABELS: Record<CaseTeamRole, string> = {
  RESPONSIBLE: 'Responsabile del caso',
  MEMBER: 'Componente dell’équipe',
  CONSULTANT: 'Consulente',
};

/** The most members a case's team may list (history included). */
export const MAX_TEAM_MEMBERS = 100;

export interface TeamMembership {
  userId: string;
  role: CaseTeamRole;
  /** YYYY-MM-DD, first day on the team. */
  since: string;
  /** YYYY-MM-DD, last day on the team; null while on it. */
  until: string | null;
}

/** Whether the membership holds on `date` (YYYY-MM-DD). */
export function isActiveOn(member: TeamMembership, date: string): boolean {
  return member.since <= date && (member.until === null || member.until >= date);
}

/** The memberships that hold on `date`. */
export function teamOn(members: readonly TeamMembership[], date: string): TeamMembership[] {
  return members.filter((m) => isActiveOn(m, date));
}

/** Whether `userId` is on the team on `date`, in any role. */
export function isOnTeam(
  members: readonly TeamMembership[],
  userId: string,
  date: string,
): boolean {
  return members.some((m) => m.userId === userId && isActiveOn(m, date));
}

/** The responsible on `date`, if any. */
export function responsibleOn(
  members: readonly TeamMembership[],
  date: string,
): TeamMembership | null {
  return members.find((m) => m.role === 'RESPONSIBLE' && isActiveOn(m, date)) ?? null;
}

const overlap = (a: TeamMembership, b: TeamMembership) =>
  a.since <= (b.until ?? '9999-12-31') && b.since <= (a.until ?? '9999-12-31');

/**
 * Field errors of a whole team as `setCaseTeam` receives it (paths `members[i].field`): dates in
 * order, nobody twice at the same time, never two responsibles at once, and a responsible today.
 */
export function teamErrors(members: readonly TeamMembership[], today: string): FieldError[] {
  const errors: FieldError[] = [];
  if (members.length > MAX_TEAM_MEMBERS)
    return [{ field: 'members', message: `Al massimo ${MAX_TEAM_MEMBERS} componenti` }];
  members.forEach((m, i) => {
    if (m.until !== null && m.until < m.since)
      errors.push({
        field: `members[${i}].until`,
        message: 'La fine della partecipazione non può precedere l’inizio',
      });
  });
  for (let i = 0; i < members.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = members[j]!;
      const b = members[i]!;
      if (a.userId === b.userId && overlap(a, b))
        errors.push({
          field: `members[${i}].userId`,
          message: `La stessa persona compare due volte nello stesso periodo (vedi riga ${j + 1})`,
        });
      else if (a.role === 'RESPONSIBLE' && b.role === 'RESPONSIBLE' && overlap(a, b))
        errors.push({
          field: `members[${i}].role`,
          message: `Due responsabili nello stesso periodo (vedi riga ${j + 1})`,
        });
    }
  }
  if (!responsibleOn(members, today))
    errors.push({ field: 'members', message: 'Il caso deve avere un responsabile in carica' });
  return errors;
}
