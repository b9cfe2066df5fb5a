import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, selectEntities, wellFormedIds } from '@sisa/kernel';
import { Household } from './household.entity';
import { HouseholdMember } from './householdMember.entity';

export interface HouseholdListFilter {
  ids?: string[] | null;
  /** Households the subject belongs to today. */
  memberId?: string | null;
  /** Folded search words: a current member must match them all. */
  terms: string[];
  hasValidIsee?: boolean | null;
  customFields?: Record<string, unknown> | null;
}

const TODAY = `(now() at time zone 'Europe/Rome')::date`;

/** Newest period first (an unknown start, null, sorts first). */
const MEMBERSHIP_ORDER = 'since desc, created_at desc';

export const householdRepository = {
  findByIds(em: EntityManager, ids: readonly string[]): Promise<Household[]> {
    const wellFormed = wellFormedIds(ids);
    if (!wellFormed.length) return Promise.resolve([]);
    return selectEntities(em, Household, { where: 'id in (?)', params: [wellFormed] });
  },

  /** The household, locked until the end of the operation's transaction. */
  findForUpdate(em: EntityManager, id: string): Promise<Household | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return em.findOne(Household, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  },

  async list(
    em: EntityManager,
    tenantId: string,
    filter: HouseholdListFilter,
    orderBy: Record<string, 'asc' | 'desc'>,
    limit: number,
    offset: number,
  ): Promise<[Household[], number]> {
    if (filter.memberId && !isUuid(filter.memberId)) return [[], 0];
    const qb = em.createQueryBuilder(Household, 'h').where({ tenantId });
    if (filter.ids) qb.andWhere({ id: { $in: wellFormedIds(filter.ids) } });
    if (filter.memberId) {
      qb.andWhere(
        'h.id in (select m.household_id from registry.household_member m where m.subject_id = ? and m.until is null)',
        [filter.memberId],
      );
    }
    if (filter.terms.length) {
      qb.andWhere(
        `h.id in (select m.household_id from registry.household_member m
                   where m.until is null and m.subject_id in (select registry.subject_search_ids(?::jsonb, null, null)))`,
        [JSON.stringify(filter.terms)],
      );
    }
    if (filter.hasValidIsee != null) {
      qb.andWhere(
        `${filter.hasValidIsee ? '' : 'not '}exists (select 1 from registry.isee_attestation a
           where a.household_id = h.id and a.dsu_date <= ${TODAY} and a.valid_until >= ${TODAY})`,
      );
    }
    if (filter.customFields) {
      qb.andWhere('h.id in (select registry.household_search_ids(?::jsonb))', [
        JSON.stringify(filter.customFields),
      ]);
    }
    qb.orderBy(orderBy).limit(limit).offset(offset);
    return qb.getResultAndCount();
  },
};

export const householdMemberRepository = {
  /** Every membership period (open and closed) of these households. */
  findByHouseholds(em: EntityManager, householdIds: readonly string[]): Promise<HouseholdMember[]> {
    if (!householdIds.length) return Promise.resolve([]);
    return selectEntities(em, HouseholdMember, {
      where: 'household_id in (?)',
      params: [householdIds],
      orderBy: MEMBERSHIP_ORDER,
    });
  },

  /** Every membership period of these subjects, in any household. */
  findBySubjects(em: EntityManager, subjectIds: readonly string[]): Promise<HouseholdMember[]> {
    if (!subjectIds.length) return Promise.resolve([]);
    return selectEntities(em, HouseholdMember, {
      where: 'subject_id in (?)',
      params: [subjectIds],
      orderBy: MEMBERSHIP_ORDER,
    });
  },

  findOpen(
    em: EntityManager,
    householdId: string,
    subjectId: string,
  ): Promise<HouseholdMember | null> {
    if (!isUuid(subjectId)) return Promise.resolve(null);
    return em.findOne(HouseholdMember, { household: householdId, subject: subjectId, until: null });
  },

  findOpenBySubject(em: EntityManager, subjectId: string): Promise<HouseholdMember[]> {
    return em.find(HouseholdMember, { subject: subjectId, until: null });
  },
};
