import type { EntityManager } from '@mikro-orm/postgresql';
import { selectEntities } from '@sisa/kernel';
import type { IseeKind } from '../domain/iseeRules';
import { IseeAttestation } from './iseeAttestation.entity';

export const iseeAttestationRepository = {
  /** Every attestation of these households, newest DSU first. */
  findByHouseholds(em: EntityManager, householdIds: readonly string[]): Promise<IseeAttestation[]> {
    if (!householdIds.length) return Promise.resolve([]);
    return selectEntities(em, IseeAttestation, {
      where: 'household_id in (?)',
      params: [householdIds],
      orderBy: 'dsu_date desc, recorded_at desc',
    });
  },

  async isRecorded(em: EntityManager, dsuProtocol: string, kind: IseeKind): Promise<boolean> {
    return (await em.count(IseeAttestation, { dsuProtocol, kind })) > 0;
  },
};
