import { isOnTeam, type TeamMembership } from './caseTeam';

/**
 * Who sees what of a case (CASEWORK.md "Who sees what"), for one caller and one case on a given
 * day. The levels, from most to least:
 *
 * - `CONTENT`: everything, diary, assessments and documents included (RESTRICTED diary entries
 *   have a rule of their own, `canReadDiaryEntry`): supervisors, and caseworkers on the team that
 *   day;
 * - `METADATA`: the case's data without its content (number, status, dates, responsible, team,
 *   areas, problems and resources): an API client with `casework:read`;
 * - `EXISTENCE`: that the case exists, its number, status and responsible, so nobody opens a
 *   second one: caseworkers off the team, and administrators (who administer, not read);
 * - `NONE`: nothing: viewers, and API clients without `casework:read`.
 */
export type CaseAccess = 'CONTENT' | 'METADATA' | 'EXISTENCE' | 'NONE';

export const CASE_SUPERVISOR = 'CASE_SUPERVISOR';

export interface CaseCaller {
  kind: 'user' | 'client';
  /** The user's id (for clients, the client's). */
  subjectId: string;
  roles: readonly string[];
  scopes: readonly string[];
}

const RANK: Record<CaseAccess, number> = { NONE: 0, EXISTENCE: 1, METADATA: 2, CONTENT: 3 };

/** Whether `access` allows at least `needed`. */
export function allows(access: CaseAccess, needed: CaseAccess): boolean {
  return RANK[access] >= RANK[needed];
}

export function caseAccess(
  caller: CaseCaller,
  team: readonly TeamMembership[],
  today: string,
): CaseAccess {
  if (caller.kind === 'client')
    return caller.scopes.includes('casework:read') ? 'METADATA' : 'NONE';
  if (caller.roles.includes(CASE_SUPERVISOR)) return 'CONTENT';
  if (caller.roles.includes('CASEWORKER'))
    return isOnTeam(team, caller.subjectId, today) ? 'CONTENT' : 'EXISTENCE';
  if (caller.roles.includes('TENANT_ADMIN') || caller.roles.includes('PLATFORM_ADMIN'))
    return 'EXISTENCE';
  return 'NONE';
}

export interface DiaryVisibility {
  authorId: string;
  confidentiality: 'NORMAL' | 'RESTRICTED';
  /** A draft is its author's until signed. */
  signedAt: string | null;
}

/**
 * Whether a caller with CONTENT access to the case reads this diary entry: RESTRICTED entries
 * only by their author, the case's responsible and supervisors; drafts only by their author.
 */
export function canReadDiaryEntry(
  caller: CaseCaller,
  entry: DiaryVisibility,
  responsibleId: string | null,
): boolean {
  if (caller.kind !== 'user') return false;
  const isAuthor = entry.authorId === caller.subjectId;
  if (entry.signedAt === null) return isAuthor;
  if (entry.confidentiality === 'NORMAL') return true;
  return isAuthor || caller.subjectId === responsibleId || caller.roles.includes(CASE_SUPERVISOR);
}

/**
 * Whether the caller may create referrals: caseworkers and supervisors, and the systems of
 * schools, hospitals and other services through an API client with `casework:referrals`.
 */
export function canCreateReferral(caller: CaseCaller): boolean {
  if (caller.kind === 'client') return caller.scopes.includes('casework:referrals');
  return caller.roles.includes('CASEWORKER') || caller.roles.includes(CASE_SUPERVISOR);
}

/** Whether the caller triages referrals and opens cases: caseworkers and supervisors. */
export function canTakeInCharge(caller: CaseCaller): boolean {
  return (
    caller.kind === 'user' &&
    (caller.roles.includes('CASEWORKER') || caller.roles.includes(CASE_SUPERVISOR))
  );
}

/**
 * Which referrals the caller reads: every referral of the tenant (caseworkers and supervisors,
 * who triage them), only those it sent (an API client with `casework:referrals`, to follow their
 * status), or none (administrators, viewers, other clients).
 */
export function referralReach(caller: CaseCaller): 'ALL' | 'OWN' | 'NONE' {
  if (caller.kind === 'client')
    return caller.scopes.includes('casework:referrals') ? 'OWN' : 'NONE';
  return canTakeInCharge(caller) ? 'ALL' : 'NONE';
}

/**
 * Whether the caller directs the case: sets its équipe, suspends, closes and reopens it. The
 * case's responsible and the service's supervisors.
 */
export function canDirectCase(caller: CaseCaller, responsibleId: string): boolean {
  if (caller.kind !== 'user') return false;
  return caller.roles.includes(CASE_SUPERVISOR) || caller.subjectId === responsibleId;
}

/**
 * Whether the caller reads a case's access log: supervisors, the comune's admins (who audit),
 * and the case's responsible.
 */
export function canReadCaseAccessLog(caller: CaseCaller, responsibleId: string): boolean {
  if (caller.kind !== 'user') return false;
  return (
    caller.roles.includes(CASE_SUPERVISOR) ||
    caller.roles.includes('TENANT_ADMIN') ||
    caller.subjectId === responsibleId
  );
}
