import type { EntityManager } from '@mikro-orm/postgresql';
import { ParameterSet } from './parameterSet.entity';

export const parameterSetRepository = {
  /** A measure's sets, oldest first. */
  byMeasure(em: EntityManager, measure: string): Promise<ParameterSet[]> {
    return em.find(ParameterSet, { measure }, { orderBy: { validFrom: 'asc' } });
  },

  byCode(em: EntityManager, code: string): Promise<ParameterSet | null> {
    return em.findOne(ParameterSet, { code });
  },

  /** Serialises saves of one measure's sets, so two overlapping sets cannot both pass the check. */
  async lockMeasure(em: EntityManager, measure: string): Promise<void> {
    await em.execute(`select pg_advisory_xact_lock(hashtext('sisa.parameter_set.' || ?))`, [
      measure,
    ]);
  },
};
