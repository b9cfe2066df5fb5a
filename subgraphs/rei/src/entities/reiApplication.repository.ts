import { LockMode, type EntityDictionary } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  columnOf,
  CURRENT_TENANT_SQL,
  rowToProperties,
  selectEntities,
  wellFormedIds,
} from '@sisa/kernel';
import type { ReiStatus } from '../domain/statuses';
import { ReiApplication } from './reiApplication.entity';
import { ReiProject } from './reiProject.entity';

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

let selectList: string | undefined;

/** The columns of LIST_COLUMNS, for the list's SQL. */
function listColumns(em: EntityManager): string {
  selectList ??= LIST_COLUMNS.map((p) => `a.${columnOf(em, ReiApplication, p)}`).join(', ');
  return selectList;
}

/**
 * The list's filter as SQL on `rei.application a` (written by hand: building it through
 * MikroORM's query builder cost three times the CPU of the rest of the request).
 */
export function listConditions(
  tenantId: string,
  filter: ApplicationListFilter,
  today: string,
): { where: string; params: unknown[] } {
  const conditions = ['a.tenant_id = ?'];
  const params: unknown[] = [tenantId];
  const add = (condition: string, ...values: unknown[]) => {
    conditions.push(condition);
    params.push(...values);
  };
  const oneOf = (column: string, values: readonly unknown[]) =>
    values.length ? add(`${column} in (?)`, [...values]) : add('false');
  if (filter.ids) oneOf('a.id', filter.ids);
  if (filter.status) add('a.status = ?', filter.status);
  if (filter.statusIn) oneOf('a.status', filter.statusIn);
  if (filter.overdue === true) add('a.next_due < ?', today);
  if (filter.overdue === false) add('(a.next_due is null or a.next_due >= ?)', today);
  if (filter.applicantId) add('a.applicant_id = ?', filter.applicantId);
  if (filter.householdId) add('a.household_id = ?', filter.householdId);
  if (filter.submittedFrom) add('a.submitted_at >= ?', filter.submittedFrom);
  if (filter.submittedTo) add('a.submitted_at <= ?', filter.submittedTo);
  if (filter.protocolNumber)
    add('a.protocol_number = ?', filter.protocolNumber.trim().toUpperCase());
  if (filter.accessPoint) add('a.access_point = ?', filter.accessPoint);
  if (filter.rulesVersion) add('a.rules_version = ?', filter.rulesVersion);
  if (filter.q?.trim()) {
    const like = likePattern(filter.q);
    add(
      '(a.protocol_number ilike ? or a.applicant_name ilike ? or a.applicant_fiscal_code ilike ?)',
      like,
      like,
      like,
    );
  }
  if (filter.customFields) {
    // jsonb @> is not leakproof: under row-level security only this function can use the GIN index.
    add(
      'a.id in (select rei.application_custom_field_ids(?::jsonb))',
      JSON.stringify(filter.customFields),
    );
  }
  return { where: conditions.join(' and '), params };
}

export const applicationRepository = {
  async findByIds(em: EntityManager, ids: readonly string[]): Promise<ReiApplication[]> {
    if (!ids.length) return [];
    // Plain objects, not managed entities: what only goes back to the client needs no change
    // tracking, and snapshotting the JSON columns of every listed row (then comparing them at
    // commit) cost more CPU than the query itself. Writes load with `findForUpdate`.
    const rows = await em.execute<EntityDictionary<ReiApplication>[]>(
      `select * from rei.application where tenant_id = ${CURRENT_TENANT_SQL} and id in (?)`,
      [[...ids]],
    );
    return rows.map((row) => rowToProperties(em, ReiApplication, row));
  },

  /** The application, locked until the end of the operation's transaction. */
  async findForUpdate(em: EntityManager, id: string): Promise<ReiApplication | null> {
    const [application] = await selectEntities(em, ReiApplication, {
      where: 'id = ?',
      params: [id],
      lock: 'for update',
    });
    return application ?? null;
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

  /** The applications whose project was signed on one of these cartelle sociali (casework ids). */
  async findBySocialCases(
    em: EntityManager,
    caseIds: readonly string[],
  ): Promise<{ caseId: string; application: ReiApplication }[]> {
    const projects = await em.find(
      ReiProject,
      { socialCaseId: { $in: wellFormedIds(caseIds) } },
      { fields: ['application', 'socialCaseId'] },
    );
    if (projects.length === 0) return [];
    const caseOf = new Map(projects.map((p) => [p.application, p.socialCaseId!]));
    const applications = await em.find(
      ReiApplication,
      { id: { $in: [...caseOf.keys()] } },
      { orderBy: { submittedAt: 'desc', id: 'desc' } },
    );
    return applications.map((application) => ({
      caseId: caseOf.get(application.id)!,
      application,
    }));
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
    const { where, params } = listConditions(tenantId, filter, today);
    const order = Object.entries(orderBy)
      .map(([property, direction]) => `a.${columnOf(em, ReiApplication, property)} ${direction}`)
      .join(', ');
    // The page and its total in one statement (one round trip): the total is an uncorrelated
    // subquery, computed once. An empty page carries no total: count apart, unless on page one.
    const rows = await em.execute<(EntityDictionary<ReiApplication> & { list_total: string })[]>(
      `select ${listColumns(em)}, (select count(*) from rei.application a where ${where}) as list_total
         from rei.application a where ${where}
        order by ${order || 'a.id'} limit ? offset ?`,
      [...params, ...params, limit, offset],
    );
    const total = rows[0]
      ? Number(rows[0].list_total)
      : offset === 0
        ? 0
        : Number(
            (
              await em.execute<{ n: string }[]>(
                `select count(*) as n from rei.application a where ${where}`,
                params,
              )
            )[0]!.n,
          );
    return [rows.map((row) => rowToProperties(em, ReiApplication, row)), total];
  },
};
