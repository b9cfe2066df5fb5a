import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ReiStatus } from '../domain/statuses';
import { ReiApplication } from './reiApplication.entity';

export interface ApplicationListFilter {
  ids?: string[] | null;
  q?: string | null;
  status?: ReiStatus | null;
  statusIn?: ReiStatus[] | null;
  overdue?: boolean | null;
  applicantId?: string | null;
  householdId?: string | null;
  submittedFrom?: string | null;
  submittedTo?: string | null;
  protocolNumber?: string | null;
  accessPoint?: string | null;
  rulesVersion?: string | null;
  customFields?: Record<string, unknown> | null;
}

/**
 * What a list reads: everything but the large JSON of the checks (checks, benefit, members, ISEE,
 * declarations). A list that asks for those gets them through the application loader, in one
 * more query for the whole page (`fullApplication`).
 */
export const LIST_COLUMNS = [
  'id',
  'tenantId',
  'protocolNumber',
  'applicantId',
  'householdId',
  'submittedAt',
  'accessPoint',
  'status',
  'renewalOfId',
  'renewalNumber',
  'checksRunAt',
  'applicantFiscalCode',
  'applicantName',
  'monthlyAmount',
  'householdSize',
  'rulesVersion',
  'deadlineParameters',
  'firstMonth',
  'lastMonth',
  'sentToInpsOn',
  'inpsExportId',
  'inpsOutcomeOn',
  'inpsReference',
  'inpsNote',
  'preliminaryAssessmentOn',
  'projectSignedOn',
  'endedOn',
  'nextDue',
  'customFields',
  'createdAt',
  'createdBy',
  'updatedAt',
  'version',
] as const;

/** Statuses in which a household's application blocks a new one. */
export const OPEN_STATUSES: readonly ReiStatus[] = [
  'DRAFT',
  'CHECKS_PASSED',
  'SENT_TO_INPS',
  'ACCEPTED',
  'SUSPENDED',
];

const likePattern = (text: string) => `%${text.trim().replace(/[%_\\]/g, '\\$&')}%`;

/**
 * Reads rows as plain objects, not managed entities: what only goes back to the client needs no
 * change tracking, and snapshotting the JSON columns of every listed row (then comparing them at
 * commit) cost more CPU than the query itself. Writes load with `findForUpdate`.
 */
function readOnly(
  em: EntityManager,
  where: Record<string, unknown>,
  orderBy: Record<string, 'asc' | 'desc'> = {},
): Promise<ReiApplication[]> {
  return em
    .createQueryBuilder(ReiApplication, 'a')
    .where(where)
    .orderBy(orderBy)
    .execute<ReiApplication[]>('all', true);
}

export const applicationRepository = {
  findByIds(em: EntityManager, ids: readonly string[]): Promise<ReiApplication[]> {
    return readOnly(em, { id: { $in: [...ids] } });
  },

  /** The application, locked until the end of the operation's transaction. */
  findForUpdate(em: EntityManager, id: string): Promise<ReiApplication | null> {
    return em.findOne(ReiApplication, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  },

  /** Several applications locked, in a fixed order (no deadlock between two batches). */
  findManyForUpdate(em: EntityManager, ids: readonly string[]): Promise<ReiApplication[]> {
    return em.find(
      ReiApplication,
      { id: { $in: [...ids] } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
    );
  },

  findByProtocolNumbers(em: EntityManager, numbers: readonly string[]): Promise<ReiApplication[]> {
    return em.find(
      ReiApplication,
      { protocolNumber: { $in: [...numbers] } },
      { lockMode: LockMode.PESSIMISTIC_WRITE, orderBy: { id: 'asc' } },
    );
  },

  findByApplicants(em: EntityManager, subjectIds: readonly string[]): Promise<ReiApplication[]> {
    return em.find(
      ReiApplication,
      { applicantId: { $in: [...subjectIds] } },
      { orderBy: { submittedAt: 'desc', id: 'desc' } },
    );
  },

  findByHouseholds(em: EntityManager, householdIds: readonly string[]): Promise<ReiApplication[]> {
    return em.find(
      ReiApplication,
      { householdId: { $in: [...householdIds] } },
      { orderBy: { submittedAt: 'desc', id: 'desc' } },
    );
  },

  findByExports(em: EntityManager, exportIds: readonly string[]): Promise<ReiApplication[]> {
    return em.find(
      ReiApplication,
      { inpsExportId: { $in: [...exportIds] } },
      { orderBy: { submittedAt: 'asc', protocolNumber: 'asc' } },
    );
  },

  /** Another application of the household still open (it blocks a new one). */
  findOpenOfHousehold(
    em: EntityManager,
    householdId: string,
    exceptId: string | null,
  ): Promise<ReiApplication | null> {
    return em.findOne(ReiApplication, {
      householdId,
      status: { $in: [...OPEN_STATUSES] },
      ...(exceptId ? { id: { $ne: exceptId } } : {}),
    });
  },

  /** Serialises the writes that concern one household (a second open application must not slip in). */
  async lockHousehold(em: EntityManager, householdId: string): Promise<void> {
    await em.execute(`select pg_advisory_xact_lock(hashtextextended(?, 0))`, [
      `rei:household:${householdId}`,
    ]);
  },

  async list(
    em: EntityManager,
    tenantId: string,
    filter: ApplicationListFilter,
    today: string,
    orderBy: Record<string, 'asc' | 'desc'>,
    limit: number,
    offset: number,
  ): Promise<[ReiApplication[], number]> {
    const qb = em.createQueryBuilder(ReiApplication, 'a').where({ tenantId });
    if (filter.ids) qb.andWhere({ id: { $in: filter.ids } });
    if (filter.status) qb.andWhere({ status: filter.status });
    if (filter.statusIn) qb.andWhere({ status: { $in: filter.statusIn } });
    if (filter.overdue === true) qb.andWhere({ nextDue: { $lt: today } });
    if (filter.overdue === false)
      qb.andWhere({ $or: [{ nextDue: null }, { nextDue: { $gte: today } }] });
    if (filter.applicantId) qb.andWhere({ applicantId: filter.applicantId });
    if (filter.householdId) qb.andWhere({ householdId: filter.householdId });
    if (filter.submittedFrom) qb.andWhere({ submittedAt: { $gte: filter.submittedFrom } });
    if (filter.submittedTo) qb.andWhere({ submittedAt: { $lte: filter.submittedTo } });
    if (filter.protocolNumber)
      qb.andWhere({ protocolNumber: filter.protocolNumber.trim().toUpperCase() });
    if (filter.accessPoint) qb.andWhere({ accessPoint: filter.accessPoint });
    if (filter.rulesVersion) qb.andWhere({ rulesVersion: filter.rulesVersion });
    if (filter.q?.trim()) {
      const like = likePattern(filter.q);
      qb.andWhere({
        $or: [
          { protocolNumber: { $ilike: like } },
          { applicantName: { $ilike: like } },
          { applicantFiscalCode: { $ilike: like } },
        ],
      });
    }
    if (filter.customFields) {
      // jsonb @> is not leakproof: under row-level security only this function can use the GIN index.
      qb.andWhere('a.id in (select rei.application_custom_field_ids(?::jsonb))', [
        JSON.stringify(filter.customFields),
      ]);
    }
    // The page and its total in one statement (one round trip): the total is an uncorrelated
    // subquery, computed once. An empty page carries no total: count apart, unless on page one.
    const rows = await qb
      .clone()
      .select([...LIST_COLUMNS, qb.clone().count().as('listTotal')])
      .orderBy(orderBy)
      .limit(limit)
      .offset(offset)
      .execute<(ReiApplication & { listTotal?: string | number })[]>('all', true);
    const total = rows[0]
      ? Number(rows[0].listTotal)
      : offset === 0
        ? 0
        : await qb.clone().getCount();
    const items = rows.map(
      ({ listTotal: _total, ...application }) => application as ReiApplication,
    );
    return [items, total];
  },
};
