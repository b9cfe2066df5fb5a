import { LockMode, type EntityDictionary } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isUuid, rowToProperties, selectEntities, wellFormedIds } from '@sisa/kernel';
import { Subject } from './subject.entity';

export interface SubjectListFilter {
  ids?: string[] | null;
  /** Folded search words (see `searchTerms`), each matched anywhere in names and fiscal code. */
  terms: string[];
  fiscalCode?: string | null;
  /** Folded last-name prefix. */
  lastNamePrefix?: string | null;
  sex?: string | null;
  citizenshipCode?: string | null;
  residenceMunicipalityCode?: string | null;
  bornFrom?: string | null;
  bornTo?: string | null;
  /** Custom values the subject must contain (already checked against the definitions). */
  customFields?: Record<string, unknown> | null;
}

/**
 * Text and JSON searches go through `registry.subject_search_page` (see the migrations): row-level
 * security keeps PostgreSQL from using trigram and GIN indexes for operators that are not
 * leakproof, so that security-definer function applies the tenant itself and uses the indexes.
 */
function needsSearchFunction(filter: SubjectListFilter): boolean {
  return filter.terms.length > 0 || !!filter.lastNamePrefix || !!filter.customFields;
}

export const subjectRepository = {
  findByIds(em: EntityManager, ids: readonly string[]): Promise<Subject[]> {
    const wellFormed = wellFormedIds(ids);
    if (!wellFormed.length) return Promise.resolve([]);
    return selectEntities(em, Subject, { where: 'id in (?)', params: [wellFormed] });
  },

  /** The active subjects with these (normalised) fiscal codes, in one query. */
  findByFiscalCodes(em: EntityManager, fiscalCodes: readonly string[]): Promise<Subject[]> {
    return em.find(Subject, { fiscalCode: { $in: [...fiscalCodes] }, archivedAt: null });
  },

  /** The active subject with this (normalised) fiscal code. */
  findByFiscalCode(em: EntityManager, fiscalCode: string): Promise<Subject | null> {
    return em.findOne(Subject, { fiscalCode, archivedAt: null });
  },

  /** The subject, locked until the end of the operation's transaction (writes serialise on it). */
  findForUpdate(em: EntityManager, id: string): Promise<Subject | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return em.findOne(Subject, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  },

  async isFiscalCodeTaken(
    em: EntityManager,
    fiscalCode: string,
    exceptId?: string,
  ): Promise<boolean> {
    const where = exceptId
      ? { fiscalCode, archivedAt: null, id: { $ne: exceptId } }
      : { fiscalCode, archivedAt: null };
    return (await em.count(Subject, where)) > 0;
  },

  /**
   * Active subjects of the current tenant matching `filter`, one page and the total. A plain
   * list is a page and a count, both served by the tenant-first indexes; a search is one
   * statement: `registry.subject_search_page` finds the page's ids and the total (one pass over
   * the matches), joined to those rows. Pages are read-only rows mapped to properties, not managed entities:
   * a list is never written back, and skipping the identity map is most of the cost of a page.
   */
  async list(
    em: EntityManager,
    tenantId: string,
    filter: SubjectListFilter,
    orderBy: Record<string, 'asc' | 'desc'>,
    limit: number,
    offset: number,
  ): Promise<[Subject[], number]> {
    if (needsSearchFunction(filter))
      return searchPage(em, tenantId, filter, orderBy, limit, offset);
    const items = await listQuery(em, tenantId, filter)
      .orderBy(orderBy)
      .limit(limit)
      .offset(offset)
      .execute<Subject[]>('all', true);
    const total = await listQuery(em, tenantId, filter).getCount();
    return [items, total];
  },
};

/** Columns a search may sort by (the function accepts only these). */
const SORT_COLUMNS: Record<string, string> = {
  lastName: 'last_name',
  firstName: 'first_name',
  fiscalCode: 'fiscal_code',
  birthDate: 'birth_date',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  id: 'id',
};

async function searchPage(
  em: EntityManager,
  tenantId: string,
  filter: SubjectListFilter,
  orderBy: Record<string, 'asc' | 'desc'>,
  limit: number,
  offset: number,
): Promise<[Subject[], number]> {
  const order = Object.entries(orderBy).flatMap(([property, direction]) => {
    const column = SORT_COLUMNS[property];
    if (!column) throw new Error(`no sort column for ${property}`);
    return [column, direction];
  });
  const others = {
    ids: filter.ids ? wellFormedIds(filter.ids) : undefined,
    fiscalCode: filter.fiscalCode || undefined,
    sex: filter.sex || undefined,
    citizenshipCode: filter.citizenshipCode || undefined,
    residenceMunicipalityCode: filter.residenceMunicipalityCode || undefined,
    bornFrom: filter.bornFrom || undefined,
    bornTo: filter.bornTo || undefined,
  };
  // One statement: the function's page, in its order, joined to the rows (read under row-level
  // security as usual); past the last page its only row has no subject, just the total.
  const rows = await em.execute<(EntityDictionary<Subject> & { search_total: string })[]>(
    `select s.*, p.total as search_total
       from registry.subject_search_page(?::jsonb, ?, ?::jsonb, ?::jsonb, ?::text[], ?, ?)
            with ordinality as p (id, total, n)
       left join registry.subject s on s.id = p.id
      order by p.n`,
    [
      JSON.stringify(filter.terms),
      filter.lastNamePrefix ?? null,
      filter.customFields ? JSON.stringify(filter.customFields) : null,
      JSON.stringify(others), // undefined members are left out
      `{${order.join(',')}}`, // names from SORT_COLUMNS: no quoting needed
      limit,
      offset,
    ],
  );
  const total = Number(rows[0]?.search_total ?? 0);
  const items = rows
    .filter((row) => row.id !== null)
    .map(({ search_total: _, ...row }) =>
      rowToProperties(em, Subject, row as EntityDictionary<Subject>),
    );
  return [items, total];
}

/** The query of a plain list (no search), without order or page. */
function listQuery(em: EntityManager, tenantId: string, filter: SubjectListFilter) {
  const qb = em.createQueryBuilder(Subject, 's').where({ tenantId, archivedAt: null });
  if (filter.ids) qb.andWhere({ id: { $in: wellFormedIds(filter.ids) } });
  if (filter.fiscalCode) qb.andWhere({ fiscalCode: filter.fiscalCode });
  if (filter.sex) qb.andWhere({ sex: filter.sex });
  if (filter.citizenshipCode) qb.andWhere({ citizenshipCode: filter.citizenshipCode });
  if (filter.residenceMunicipalityCode)
    qb.andWhere({ residenceMunicipalityCode: filter.residenceMunicipalityCode });
  if (filter.bornFrom) qb.andWhere({ birthDate: { $gte: filter.bornFrom } });
  if (filter.bornTo) qb.andWhere({ birthDate: { $lte: filter.bornTo } });
  return qb;
}
