import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ReiIntervention } from './reiIntervention.entity';
import { ReiProject } from './reiProject.entity';

export const projectRepository = {
  /** Read-only rows (no change tracking); writes load with `findForUpdate`. */
  findByApplications(em: EntityManager, applicationIds: readonly string[]): Promise<ReiProject[]> {
    return em
      .createQueryBuilder(ReiProject, 'p')
      .where({ application: { $in: [...applicationIds] } })
      .execute<ReiProject[]>('all', true);
  },

  findForUpdate(em: EntityManager, applicationId: string): Promise<ReiProject | null> {
    return em.findOne(
      ReiProject,
      { application: applicationId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
  },
};

export const interventionRepository = {
  /** The current interventions of these projects, in their order. */
  findByProjects(em: EntityManager, projectIds: readonly string[]): Promise<ReiIntervention[]> {
    return em.find(
      ReiIntervention,
      { project: { $in: [...projectIds] }, removedAt: null },
      { orderBy: { position: 'asc' } },
    );
  },

  /** Every intervention of a project, removed ones too (a save compares against them). */
  findAllOfProject(em: EntityManager, projectId: string): Promise<ReiIntervention[]> {
    return em.find(ReiIntervention, { project: projectId });
  },

  /**
   * Economic interventions of signed projects whose period (or payment date) touches from–to,
   * removed ones included, optionally only those changed since an instant.
   */
  async findGranted(
    em: EntityManager,
    tenantId: string,
    from: string,
    to: string,
    changedSince: Date | null,
  ): Promise<ReiIntervention[]> {
    const qb = em
      .createQueryBuilder(ReiIntervention, 'i')
      .where({ tenantId, economic: true })
      .andWhere(
        'exists (select 1 from rei.project p where p.id = i.project_id and p.signed_at is not null)',
      )
      .andWhere(
        `((i.start_date <= ? and coalesce(i.end_date, i.start_date) >= ?) or (i.payment_date between ? and ?))`,
        [to, from, from, to],
      );
    if (changedSince) qb.andWhere({ updatedAt: { $gte: changedSince } });
    return qb
      .orderBy({ application: 'asc', position: 'asc' })
      .execute<ReiIntervention[]>('all', true);
  },
};
