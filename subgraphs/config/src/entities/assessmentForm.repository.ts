import type { EntityManager } from '@mikro-orm/postgresql';
import { AssessmentForm } from './assessmentForm.entity';

/** A tenant's assessment forms (row-level security keeps every query in the caller's tenant). */
export const assessmentFormRepository = {
  /** The latest version of each form, by key. */
  async latestOfEach(em: EntityManager, tenantId: string): Promise<AssessmentForm[]> {
    const rows = await em.execute<{ id: string }[]>(
      'select distinct on (key) id from config.assessment_form where tenant_id = ? order by key, version desc',
      [tenantId],
    );
    if (!rows.length) return [];
    return em.find(
      AssessmentForm,
      { id: { $in: rows.map((r) => r.id) } },
      { orderBy: { key: 'asc' } },
    );
  },

  latest(em: EntityManager, tenantId: string, key: string): Promise<AssessmentForm | null> {
    return em.findOne(AssessmentForm, { tenantId, key }, { orderBy: { version: 'desc' } });
  },

  byVersion(
    em: EntityManager,
    tenantId: string,
    key: string,
    version: number,
  ): Promise<AssessmentForm | null> {
    return em.findOne(AssessmentForm, { tenantId, key, version });
  },
};
