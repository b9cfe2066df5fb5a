import type { EntityManager } from '@mikro-orm/postgresql';
import { Indicator } from './indicator.entity';

/** The tenant's indicators, in dashboard order. */
export const indicatorRepository = {
  list(em: EntityManager): Promise<Indicator[]> {
    return em.find(Indicator, {}, { orderBy: { position: 'asc', key: 'asc' } });
  },

  findById(em: EntityManager, id: string): Promise<Indicator | null> {
    return em.findOne(Indicator, { id });
  },

  findByKey(em: EntityManager, key: string): Promise<Indicator | null> {
    return em.findOne(Indicator, { key });
  },

  async nextPosition(em: EntityManager): Promise<number> {
    const last = await em.findOne(Indicator, {}, { orderBy: { position: 'desc' } });
    return last ? last.position + 1 : 0;
  },
};
