import type { EntityManager } from '@mikro-orm/postgresql';
import type { RevisionChanges } from '../domain/revisionDiff';
import { Revision, type RevisionEntity } from './revision.entity';

export interface RevisionEntry {
  tenantId: string;
  entity: RevisionEntity;
  entityId: string;
  version: number;
  action: string;
  changedBy: string;
  changes: RevisionChanges;
}

export const revisionRepository = {
  /** Adds a revision to the unit of work: it is written with the change it describes. */
  record(em: EntityManager, entry: RevisionEntry): void {
    em.create(Revision, { ...entry, changedAt: new Date() });
  },

  /** The revisions of these records, newest first. */
  findByEntities(
    em: EntityManager,
    entity: RevisionEntity,
    entityIds: readonly string[],
  ): Promise<Revision[]> {
    return em.find(
      Revision,
      { entity, entityId: { $in: [...entityIds] } },
      { orderBy: { version: 'desc', id: 'desc' } },
    );
  },
};
