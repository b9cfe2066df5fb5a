import { BadUserInputError, type FieldError } from '@sisa/kernel';
import type { EntityManager } from '@mikro-orm/postgresql';
import { duplicateMatch, type DuplicateMatch, type NaturalKeyFields } from '../domain/naturalKey';
import type { SocialBenefit } from '../entities/socialBenefit.entity';
import { socialBenefitRepository } from '../entities/socialBenefit.repository';

/** The record holding this natural key (not a set-aside duplicate), other than `exceptId`. */
export async function naturalKeyHolder(
  em: EntityManager,
  tenantId: string,
  key: NaturalKeyFields,
  exceptId: string | null,
): Promise<string | null> {
  return socialBenefitRepository.naturalKeyHolder(em, key, exceptId);
}

/** "Prestazione già presente": BAD_USER_INPUT; its field error names the record (`existingId`). */
export class DuplicateBenefitError extends BadUserInputError {
  constructor(readonly existingId: string) {
    super([
      {
        field: 'input.requestProtocol',
        message: `Prestazione già presente (stessi codice fiscale, prestazione, protocollo e periodo): ${existingId}`,
        existingId,
      } as FieldError,
    ]);
  }
}

/** Refuses a write whose natural key another record already holds. */
export async function assertNaturalKeyFree(
  em: EntityManager,
  tenantId: string,
  key: NaturalKeyFields,
  exceptId: string | null,
): Promise<void> {
  const holder = await naturalKeyHolder(em, tenantId, key, exceptId);
  if (holder) throw new DuplicateBenefitError(holder);
}

const MAX_CANDIDATES = 20;

/**
 * Records likely to be the same benefit as `key` (domain `duplicateMatch`): same beneficiary and
 * service, not cancelled, not set aside; the same key first.
 */
export async function likelyDuplicates(
  em: EntityManager,
  tenantId: string,
  key: NaturalKeyFields,
  exceptId: string | null,
): Promise<{ benefit: SocialBenefit; match: DuplicateMatch }[]> {
  const rows = await socialBenefitRepository.sameBeneficiaryAndService(em, tenantId, key, exceptId);
  const order: DuplicateMatch[] = ['SAME_KEY', 'OTHER_PROTOCOL', 'OVERLAPPING_PERIOD'];
  const found = rows
    .map((r) => ({ id: r.id, match: duplicateMatch({ ...key, character: r.character }, r) }))
    .filter((r): r is { id: string; match: DuplicateMatch } => r.match !== null)
    .sort((a, b) => order.indexOf(a.match) - order.indexOf(b.match))
    .slice(0, MAX_CANDIDATES);
  if (found.length === 0) return [];
  const byId = new Map(
    (
      await socialBenefitRepository.findByIds(
        em,
        found.map((f) => f.id),
      )
    ).map((b) => [b.id, b]),
  );
  return found
    .filter((f) => byId.has(f.id))
    .map((f) => ({ benefit: byId.get(f.id)!, match: f.match }));
}
