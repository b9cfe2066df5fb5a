import type { EntityManager } from '@mikro-orm/postgresql';
import { LockMode } from '@mikro-orm/core';
import type {
  BenefitCharacter,
  BenefitSource,
  MeansTest,
  SocialBenefitStatus,
} from '../domain/codes';
import type { NaturalKeyFields } from '../domain/naturalKey';
import { lastWatermark } from './changeOrder';
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

/**
 * Records to change: locked, and up to date with their latest transmission (see sentState.ts);
 * the operation's flush stores that catch-up with its own change, under the lock.
 */
async function forUpdate(em: EntityManager, benefits: SocialBenefit[]): Promise<SocialBenefit[]> {
  await foldSentState(em, benefits);
  return benefits;
}

/**
 * Records to show, as people see them: read in a fork of the operation's context (same
 * transaction, same tenant) and left there, so the catch-up set on them is never written back. A
 * read that wrote it would take the rows' locks in a query and, racing a change committed
 * meanwhile, put back the state that change replaced. The operation's own pending changes are
 * flushed first, so it reads what it wrote.
 */
async function forReading<R>(
  em: EntityManager,
  load: (reader: EntityManager) => Promise<R>,
  benefitsOf: (result: R) => SocialBenefit[],
): Promise<R> {
  await em.flush();
  const reader = em.fork({ keepTransactionContext: true });
  const result = await load(reader);
  await foldSentState(reader, benefitsOf(result));
  reader.clear();
  return result;
}

const asIs = (benefits: SocialBenefit[]) => benefits;

/** The records a list's filter selects, before its order and page. */
function listQuery(
  em: EntityManager,
  tenantId: string,
  filter: SocialBenefitListFilter,
  watermark: string,
) {
  const qb = em.createQueryBuilder(SocialBenefit, 'b').where({ tenantId });
  if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
  if (filter.status?.length)
    qb.andWhere(
      `(${filter.status.map((status) => statusFilterSql('b', status, watermark)).join(' or ')})`,
    );
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
  return qb;
}

export const socialBenefitRepository = {
  findByIds(em: EntityManager, ids: readonly string[]): Promise<SocialBenefit[]> {
    return forReading(em, (reader) => reader.find(SocialBenefit, { id: { $in: [...ids] } }), asIs);
  },

  /** The record, locked until the end of the operation (writes serialise on it). */
  async findForUpdate(em: EntityManager, id: string): Promise<SocialBenefit | null> {
    const found = await em.findOne(SocialBenefit, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    return found ? (await forUpdate(em, [found]))[0]! : null;
  },

  /** Every record of these fiscal codes, newest first. */
  findByFiscalCodes(em: EntityManager, fiscalCodes: readonly string[]): Promise<SocialBenefit[]> {
    return forReading(
      em,
      (reader) =>
        reader.find(
          SocialBenefit,
          { fiscalCode: { $in: [...fiscalCodes] } },
          { orderBy: { createdAt: 'desc', id: 'desc' } },
        ),
      asIs,
    );
  },

  /** The records drawn from these source records, locked to be brought up to date. */
  async findBySourcesForUpdate(
    em: EntityManager,
    source: BenefitSource,
    sourceIds: readonly string[],
  ): Promise<SocialBenefit[]> {
    return forUpdate(
      em,
      await em.find(
        SocialBenefit,
        { source, sourceId: { $in: [...sourceIds] } },
        { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
      ),
    );
  },

  async list(
    em: EntityManager,
    tenantId: string,
    filter: SocialBenefitListFilter,
    orderBy: Record<string, 'asc' | 'desc'>,
    limit: number,
    offset: number,
  ): Promise<[SocialBenefit[], number]> {
    const watermark = filter.status?.includes('VALID') ? await lastWatermark(em, tenantId) : '-1';
    return forReading(
      em,
      (reader) =>
        listQuery(reader, tenantId, filter, watermark)
          .orderBy(orderBy)
          .limit(limit)
          .offset(offset)
          .getResultAndCount(),
      ([items]) => items,
    );
  },

  /** The transmissions of each record, newest first. */
  itemsOf(em: EntityManager, benefitIds: readonly string[]): Promise<TransmissionItem[]> {
    return em.find(
      TransmissionItem,
      { benefitId: { $in: [...benefitIds] } },
      { orderBy: { transmissionId: 'desc' } },
    );
  },

  /**
   * The record holding this natural key (not a set-aside duplicate), other than `exceptId`: the
   * key function of the natural-key migration, its index (domain/naturalKey.ts).
   */
  async naturalKeyHolder(
    em: EntityManager,
    key: NaturalKeyFields,
    exceptId: string | null,
  ): Promise<string | null> {
    const [row] = await em.execute<{ id: string }[]>(
      `select h.id from siuss.social_benefit_key_holders(array[?]::text[], array[?]::text[],
         array[?]::text[], array[?]::date[], array[?]::date[], array[?]::date[]) h
       where h.id is distinct from ?::uuid limit 1`,
      [
        key.fiscalCode,
        key.serviceCode,
        key.requestProtocol ?? '',
        key.startDate ?? null,
        key.endDate ?? null,
        key.paymentDate ?? null,
        exceptId,
      ],
    );
    return row?.id ?? null;
  },

  /**
   * The key fields of the records of the same beneficiary and service, not cancelled nor set
   * aside, other than `exceptId` (newest first, at most 500): the candidates of a duplicate.
   */
  sameBeneficiaryAndService(
    em: EntityManager,
    tenantId: string,
    key: Pick<NaturalKeyFields, 'fiscalCode' | 'serviceCode'>,
    exceptId: string | null,
  ): Promise<(NaturalKeyFields & { id: string; character: BenefitCharacter })[]> {
    return em.execute(
      `select b.id, b.fiscal_code as "fiscalCode", b.service_code as "serviceCode",
         b.request_protocol as "requestProtocol", b.start_date::text as "startDate",
         b.end_date::text as "endDate", b.payment_date::text as "paymentDate", b.character
       from siuss.social_benefit b
       where b.tenant_id = ? and b.fiscal_code = ? and b.service_code = ?
         and b.duplicate_of is null and b.status <> 'CANCELLED' and b.id is distinct from ?::uuid
       order by b.created_at desc limit 500`,
      [tenantId, key.fiscalCode, key.serviceCode, exceptId],
    );
  },
};
