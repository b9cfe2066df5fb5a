import {
  byKeys,
  groupByKeys,
  inTurn,
  ForbiddenError,
  loaderOf,
  NotFoundError,
  isUuid,
  type Principal,
} from '@sisa/kernel';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  allows,
  caseAccess,
  CASE_SUPERVISOR,
  type CaseAccess,
  type CaseCaller,
} from '../domain/caseAccess';
import type { TeamMembership } from '../domain/caseTeam';
import { CaseTeamMember } from '../entities/caseTeamMember.entity';
import { SocialCase } from '../entities/socialCase.entity';
import type { CaseworkContext } from '../context';
import { todayInItalyThisSecond as today } from '@sisa/italia';
import { caseCallerOf, caseworkCaller } from './caller';

/** The équipe of each case (every dated membership, in order), batched per request. */
export function teamLoader(ctx: CaseworkContext) {
  return loaderOf<string, CaseTeamMember[]>(ctx, 'team', async (caseIds) => {
    const rows = await inTurn(ctx, () =>
      ctx.em.find(
        CaseTeamMember,
        { caseId: { $in: [...caseIds] } },
        { orderBy: { caseId: 'asc', position: 'asc' } },
      ),
    );
    return groupByKeys(caseIds, rows, (m) => m.caseId);
  });
}

/** Cases by id, batched per request; row-level security keeps them to the tenant. */
export function caseLoader(ctx: CaseworkContext) {
  return loaderOf<string, SocialCase>(ctx, 'case', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await inTurn(ctx, () => ctx.em.find(SocialCase, { id: { $in: valid } }))
      : [];
    return byKeys(ids, rows, (c) => c.id);
  });
}

export const memberships = (team: readonly CaseTeamMember[]): TeamMembership[] =>
  team.map((m) => ({ userId: m.userId, role: m.role, since: m.since, until: m.until ?? null }));

/** Whether the caller's access depends on the case's équipe (a caseworker's does). */
const needsTeam = (caller: CaseCaller) =>
  caller.kind === 'user' &&
  caller.roles.includes('CASEWORKER') &&
  !caller.roles.includes(CASE_SUPERVISOR);

/** What the caller sees of `socialCase` today (CASEWORK.md "Who sees what"). */
export async function accessTo(ctx: CaseworkContext, socialCase: SocialCase): Promise<CaseAccess> {
  const { caller } = caseworkCaller(ctx);
  if (!needsTeam(caller)) return caseAccess(caller, [], today());
  const team = (await teamLoader(ctx).load(socialCase.id)) ?? [];
  return caseAccess(caller, memberships(team), today());
}

/** The same outside GraphQL (file routes), reading the équipe with `em`. */
export async function accessWithEm(
  em: EntityManager,
  principal: Principal,
  socialCase: SocialCase,
): Promise<CaseAccess> {
  const caller = caseCallerOf(principal);
  if (!needsTeam(caller)) return caseAccess(caller, [], today());
  const team = await em.find(CaseTeamMember, { caseId: socialCase.id });
  return caseAccess(caller, memberships(team), today());
}

/**
 * The case `id` with at least `needed` access for the caller: NOT_FOUND when unknown or another
 * tenant's (or the caller sees nothing of casework), FORBIDDEN when seen but not enough.
 */
export async function caseWith(
  ctx: CaseworkContext,
  id: string,
  needed: CaseAccess,
): Promise<{ socialCase: SocialCase; access: CaseAccess }> {
  const socialCase = isUuid(id) ? await caseLoader(ctx).load(id) : null;
  if (!socialCase) throw new NotFoundError('Cartella sociale non trovata');
  const access = await accessTo(ctx, socialCase);
  if (access === 'NONE') throw new NotFoundError('Cartella sociale non trovata');
  if (!allows(access, needed))
    throw new ForbiddenError(
      access === 'EXISTENCE'
        ? 'Solo l\u2019équipe del caso e i responsabili del servizio accedono al contenuto della cartella'
        : undefined,
    );
  return { socialCase, access };
}
