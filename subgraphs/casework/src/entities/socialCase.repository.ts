import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { wellFormedIds } from '@sisa/kernel';
import type { SocialCaseStatus } from '../domain/caseStatus';
import { CaseTeamMember } from './caseTeamMember.entity';
import { SocialCase } from './socialCase.entity';

export interface SocialCaseListFilter {
  ids?: readonly string[] | null;
  status?: SocialCaseStatus | null;
  responsibleId?: string | null;
  /** The user whose cases today (on the équipe) are wanted (`mine`). */
  teamMemberId?: string | null;
  subjectId?: string | null;
  area?: string | null;
  q?: string | null;
  openedFrom?: string | null;
  openedTo?: string | null;
}

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export const socialCaseRepository = {
  /** A page of the tenant's cases matching `filter` (row-level security keeps them its own). */
  async list(
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
    if (filter.area) where.areas = { $contains: [filter.area] };
    if (filter.q?.trim()) where.number = { $ilike: `%${likeEscaped(filter.q.trim())}%` };
    if (filter.openedFrom || filter.openedTo)
      where.openedAt = {
        ...(filter.openedFrom ? { $gte: filter.openedFrom } : {}),
        ...(filter.openedTo ? { $lte: filter.openedTo } : {}),
      };
    if (filter.teamMemberId) {
      const memberships = await em.find(
        CaseTeamMember,
        {
          userId: filter.teamMemberId,
          since: { $lte: day },
          $or: [{ until: null }, { until: { $gte: day } }],
        },
        { fields: ['caseId'] },
      );
      const ids = memberships.map((m) => m.caseId);
      where.id = where.id
        ? { $in: ids.filter((id) => wellFormedIds(filter.ids ?? []).includes(id)) }
        : { $in: ids };
    }
    return em.findAndCount(SocialCase, where, { orderBy, limit, offset });
  },
};
