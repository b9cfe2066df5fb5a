import type { EntityManager } from '@mikro-orm/postgresql';
import type { IseeKind } from '../domain/iseeRules';
import { IseeAttestation } from './iseeAttestation.entity';

export const iseeAttestationRepository = {
  /** Every attestation of these households, newest DSU first. */
  findByHouseholds(em: EntityManager, householdIds: readonly string[]): Promise<IseeAttestation[]> {
    return em.find(
      IseeAttestation,
      { household: { $in: [...householdIds] } },
      { orderBy: { dsuDate: 'desc', recordedAt: 'desc' } },
    );
  },

  async isRecorded(em: EntityManager, dsuProtocol: string, kind: IseeKind): Promise<boolean> {
    return (await em.count(IseeAttestation, { dsuProtocol, kind })) > 0;
  },
};
