import { LockMode, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReferralStatus, ReferralUrgency } from '../domain/referral';
import { Referral } from './referral.entity';
import { wellFormedIds } from '@sisa/kernel';

export interface ReferralListFilter {
  ids?: readonly string[] | null;
  status?: ReferralStatus | null;
  urgency?: ReferralUrgency | null;
  source?: string | null;
  receivedFrom?: Date | null;
  receivedTo?: Date | null;
  subjectId?: string | null;
}

/** The inbox: the most urgent first, then the oldest. */
export const INBOX_ORDER = { urgencyRank: 'asc', receivedAt: 'asc', id: 'asc' } as const;

/** Referrals as the lists read them; row-level security keeps them to the transaction's tenant. */
export const referralRepository = {
  /** A page of the referrals matching `filter`; `createdById` keeps an API client to its own. */
  list(
    em: EntityManager,
    filter: ReferralListFilter,
    createdById: string | null,
    orderBy: Record<string, 'asc' | 'desc'>,
    limit: number,
    offset: number,
  ): Promise<[Referral[], number]> {
    const where: FilterQuery<Referral> = {};
    if (filter.ids) where.id = { $in: wellFormedIds(filter.ids) };
    if (filter.status) where.status = filter.status;
    if (filter.urgency) where.urgency = filter.urgency;
    if (filter.source) where.source = filter.source;
    if (filter.subjectId) where.subjectId = wellFormedIds([filter.subjectId])[0] ?? null;
    if (filter.receivedFrom || filter.receivedTo)
      where.receivedAt = {
        ...(filter.receivedFrom ? { $gte: filter.receivedFrom } : {}),
        ...(filter.receivedTo ? { $lte: filter.receivedTo } : {}),
      };
    if (createdById !== null) where.createdById = createdById;
    return em.findAndCount(Referral, where, { orderBy, limit, offset });
  },

  /** One referral, locked for the update that follows (null when unknown or another tenant's). */
  forUpdate(em: EntityManager, id: string): Promise<Referral | null> {
    if (!wellFormedIds([id]).length) return Promise.resolve(null);
    return em.findOne(Referral, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  },
};
