import { raw, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { wellFormedIds } from '@sisa/kernel';
import type { SocialCaseStatus } from '../domain/caseStatus';
import { SocialCase } from './socialCase.entity';

export interface SocialCaseListFilter {
  ids?: readonly string[] | null;
  status?: SocialCaseStatus | null;
  responsibleId?: string | null;
  /** The user whose cases today (on the équipe) are wanted (`mine`). */
  teamMemberId?: string | null;
  subjectId?: string | null;
  householdId?: string | null;
  area?: string | null;
  q?: string | null;
  openedFrom?: string | null;
  openedTo?: string | null;
}

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export const socialCaseRepository = {
  /** A page of the tenant's cases matching `filter` (row-level security keeps them its own). */
  list(
    em: EntityManager,
    filter: SocialCaseListFilter,
    day: string,
    orderBy: Record<string, 'asc' | 'desc'>,
    limit: number,
    offset: number,
  ): Promise<[SocialCase[], number]> {
    const where: FilterQuery<SocialCase> = {};
    if (filter.ids) where.id = { $in: wellFormedIds(filter.ids) };
    if (filter.status) where.status = filter.status;
    if (filter.responsibleId)
      where.responsibleId = wellFormedIds([filter.responsibleId])[0] ?? null;
    if (filter.subjectId) where.subjectId = wellFormedIds([filter.subjectId])[0] ?? null;
    if (filter.householdId) where.householdId = wellFormedIds([filter.householdId])[0] ?? null;
    if (filter.area) where.areas = { $contains: [filter.area] };
    if (filter.q?.trim()) where.number = { $ilike: `%${likeEscaped(filter.q.trim())}%` };
    if (filter.openedFrom || filter.openedTo)
      where.openedAt = {
        ...(filter.openedFrom ? { $gte: filter.openedFrom } : {}),
        ...(filter.openedTo ? { $lte: filter.openedTo } : {}),
      };
    if (filter.teamMemberId)
      // The user's cases today, as a subquery: a caseworker's hundreds of cases never travel here.
      Object.assign(where, {
        [raw(
          (alias: string) =>
            `exists (select 1 from casework.case_team_member m where m.case_id = ${alias}.id and m.user_id = ? and m.since <= ? and (m.until is null or m.until >= ?))`,
          [filter.teamMemberId, day, day],
        )]: true,
      });
    return em.findAndCount(SocialCase, where, { orderBy, limit, offset });
  },
};
