import { LockMode, raw } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { selectEntities } from '@sisa/kernel';
import { isUuid, wellFormedIds } from './uuid';
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
 * Text and JSON searches go through `registry.subject_search_ids` (see the migration): row-level
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
   * Active subjects of the current tenant matching `filter`, one page and the total. A search
   * runs as one statement (the search function once, a window counting every match); a plain
   * list as a page and a count, both served by the tenant-first indexes. Pages are read-only
   * rows mapped to properties, not managed entities: a list is never written back, and skipping
   * the identity map is most of the cost of a page.
   */
  async list(
    em: EntityManager,
    tenantId: string,
    filter: SubjectListFilter,
    orderBy: Record<string, 'asc' | 'desc'>,
    limit: number,
    offset: number,
  ): Promise<[Subject[], number]> {
    const page = () => listQuery(em, tenantId, filter).orderBy(orderBy).limit(limit).offset(offset);
    if (!needsSearchFunction(filter)) {
      const items = await page().execute<Subject[]>('all', true);
      const total = await listQuery(em, tenantId, filter).getCount();
      return [items, total];
    }
    const rows = await page()
      .select(['*', raw('count(*) over () as total_count')])
      .execute<(Subject & { total_count: string })[]>('all', true);
    const count = rows[0]?.total_count;
    const total =
      count !== undefined
        ? Number(count)
        : offset > 0
          ? await listQuery(em, tenantId, filter).getCount()
          : 0;
    return [rows.map(({ total_count: _, ...subject }) => subject as Subject), total];
  },
};

/** The query of a list, without order or page. */
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
  if (needsSearchFunction(filter)) {
    qb.andWhere('s.id in (select registry.subject_search_ids(?::jsonb, ?, ?::jsonb))', [
      JSON.stringify(filter.terms),
      filter.lastNamePrefix ?? null,
      filter.customFields ? JSON.stringify(filter.customFields) : null,
    ]);
  }
  return qb;
}
