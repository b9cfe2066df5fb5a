import { checkExpectedVersion, NotFoundError } from '@sisa/kernel';
import type { RevisionChanges } from '../domain/revisionDiff';
import type { Household } from '../entities/household.entity';
import { householdRepository } from '../entities/household.repository';
import { revisionRepository } from '../entities/revision.repository';
import type { RegistryContext } from '../context';

/**
 * The household, locked for the write (writes to one household serialise); else NOT_FOUND. With
 * an `expectedVersion`, CONFLICT (carrying the current version) unless it is the household's.
 */
export async function lockHousehold(
  ctx: RegistryContext,
  id: string,
  expectedVersion?: number | null,
): Promise<Household> {
  const household = await householdRepository.findForUpdate(ctx.em, id);
  if (!household) throw new NotFoundError('Nucleo familiare');
  if (expectedVersion != null) checkExpectedVersion(household.version, expectedVersion);
  return household;
}

/** Bumps the household's version and records what changed. */
export function recordHouseholdChange(
  ctx: RegistryContext,
  tenantId: string,
  household: Household,
  action: string,
  changes: RevisionChanges,
) {
  household.version += 1;
  household.updatedAt = new Date();
  household.updatedBy = ctx.principal!.name;
  revisionRepository.record(ctx.em, {
    tenantId,
    entity: 'HOUSEHOLD',
    entityId: household.id,
    version: household.version,
    action,
    changedBy: household.updatedBy,
    changes,
  });
}
