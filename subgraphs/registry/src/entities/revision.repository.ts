import type { EntityManager } from '@mikro-orm/postgresql';
import { selectEntities } from '@sisa/kernel';
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
    if (!entityIds.length) return Promise.resolve([]);
    return selectEntities(em, Revision, {
      where: 'entity = ? and entity_id in (?)',
      params: [entity, entityIds],
      orderBy: 'version desc, id desc',
    });
  },
};
