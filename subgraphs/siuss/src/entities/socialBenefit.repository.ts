import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type {
  BenefitCharacter,
  BenefitSource,
  MeansTest,
  SocialBenefitStatus,
} from '../domain/codes';
import { foldSentState, statusFilterSql } from './sentState';
import { SocialBenefit } from './socialBenefit.entity';
import { TransmissionItem } from './transmission.entity';

export interface SocialBenefitListFilter {
  ids?: string[] | null;
  status?: SocialBenefitStatus[] | null;
  serviceCode?: string | null;
  fiscalCode?: string | null;
  source?: string | null;
  hasIssues?: boolean | null;
  issueField?: string | null;
  meansTest?: MeansTest | null;
  character?: BenefitCharacter | null;
  from?: string | null;
  to?: string | null;
  transmissionId?: string | null;
  customFields?: Record<string, unknown> | null;
}

/** Records as people see them: up to date with their latest transmission (see sentState.ts). */
async function sent<T extends SocialBenefit[]>(em: EntityManager, benefits: T): Promise<T> {
  await foldSentState(em, benefits);
  return benefits;
}

export const socialBenefitRepository = {
  async findByIds(em: EntityManager, ids: readonly string[]): Promise<SocialBenefit[]> {
    return sent(em, await em.find(SocialBenefit, { id: { $in: [...ids] } }));
  },

  /** The record, locked until the end of the operation (writes serialise on it). */
  async findForUpdate(em: EntityManager, id: string): Promise<SocialBenefit | null> {
    const found = await em.findOne(SocialBenefit, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    return found ? (await sent(em, [found]))[0]! : null;
  },

  /** Every record of these fiscal codes, newest first. */
  async findByFiscalCodes(
    em: EntityManager,
    fiscalCodes: readonly string[],
  ): Promise<SocialBenefit[]> {
    return sent(
      em,
      await em.find(
        SocialBenefit,
        { fiscalCode: { $in: [...fiscalCodes] } },
        { orderBy: { createdAt: 'desc', id: 'desc' } },
      ),
    );
  },

  async findBySources(
    em: EntityManager,
    source: BenefitSource,
    sourceIds: readonly string[],
  ): Promise<SocialBenefit[]> {
    return sent(em, await em.find(SocialBenefit, { source, sourceId: { $in: [...sourceIds] } }));
  },

  async list(
    em: EntityManager,
    tenantId: string,
    filter: SocialBenefitListFilter,
    orderBy: Record<string, 'asc' | 'desc'>,
    limit: number,
    offset: number,
  ): Promise<[SocialBenefit[], number]> {
    const qb = em.createQueryBuilder(SocialBenefit, 'b').where({ tenantId });
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.status?.length)
      qb.andWhere(`(${filter.status.map((status) => statusFilterSql('b', status)).join(' or ')})`);
    if (filter.serviceCode) qb.andWhere({ serviceCode: filter.serviceCode });
    if (filter.fiscalCode) qb.andWhere({ fiscalCode: filter.fiscalCode });
    if (filter.source) qb.andWhere({ source: filter.source });
    if (filter.meansTest) qb.andWhere({ meansTest: filter.meansTest });
    if (filter.character) qb.andWhere({ character: filter.character });
    if (filter.hasIssues === true) qb.andWhere(`b.issues <> '[]'::jsonb`);
    if (filter.hasIssues === false) qb.andWhere(`b.issues = '[]'::jsonb`);
    if (filter.issueField)
      qb.andWhere(`b.issues @> ?::jsonb`, [JSON.stringify([{ field: filter.issueField }])]);
    // A benefit falls in the period when its span (start–end, or the payment day) touches it.
    if (filter.from)
      qb.andWhere(`coalesce(b.end_date, b.payment_date, b.start_date, '9999-12-31') >= ?`, [
        filter.from,
      ]);
    if (filter.to)
      qb.andWhere(`coalesce(b.start_date, b.payment_date, '0001-01-01') <= ?`, [filter.to]);
    if (filter.transmissionId) {
      qb.andWhere(
        `b.id in (select i.benefit_id from siuss.transmission_item i where i.tenant_id = ? and i.transmission_id = ?)`,
        [tenantId, filter.transmissionId],
      );
    }
    // Through the security-definer function, so the GIN index serves it despite row-level security;
    // an empty containment filter matches every record.
    if (filter.customFields && Object.keys(filter.customFields).length > 0)
      qb.andWhere(`b.id in (select siuss.social_benefit_ids_with_custom_fields(?::jsonb))`, [
        JSON.stringify(filter.customFields),
      ]);
    qb.orderBy(orderBy).limit(limit).offset(offset);
    const [items, total] = await qb.getResultAndCount();
    return [await sent(em, items), total];
  },

  /** The transmissions of each record, newest first. */
  itemsOf(em: EntityManager, benefitIds: readonly string[]): Promise<TransmissionItem[]> {
    return em.find(
      TransmissionItem,
      { benefitId: { $in: [...benefitIds] } },
      { orderBy: { transmissionId: 'desc' } },
    );
  },
};
