import { randomUUID } from 'node:crypto';
import { todayInItaly } from '@sisa/italia';
import { FieldErrors, tenantOf } from '@sisa/kernel';
import { checkIseeInput, type IseeInput } from '../domain/iseeRules';
import { IseeAttestation } from '../entities/iseeAttestation.entity';
import { iseeAttestationRepository } from '../entities/iseeAttestation.repository';
import type { RegistryContext } from '../context';
import { lockHousehold, recordHouseholdChange } from './householdChanges';

/** Records an ISEE attestation of a household (a DSU protocol is recorded once per kind). */
export async function recordIsee(
  ctx: RegistryContext,
  householdId: string,
  input: IseeInput,
  expectedVersion?: number | null,
): Promise<IseeAttestation> {
  const tenantId = tenantOf(ctx, { domain: 'registry', level: 'write' });
  const household = await lockHousehold(ctx, householdId, expectedVersion);
  const errors = new FieldErrors();
  const { values, errors: ruleErrors } = checkIseeInput(input, todayInItaly());
  errors.addAll(ruleErrors);
  if (
    !ruleErrors.some((e) => e.field === 'input.dsuProtocol') &&
    (await iseeAttestationRepository.isRecorded(ctx.em, values.dsuProtocol, values.kind))
  ) {
    errors.add('input.dsuProtocol', 'Attestazione già registrata con questo protocollo DSU');
  }
  errors.throwIfAny();

  const actor = ctx.principal!.name;
  const attestation = ctx.em.create(IseeAttestation, {
    id: randomUUID(),
    tenantId,
    household,
    ...values,
    recordedAt: new Date(),
    recordedBy: actor,
  });
  const { dsuProtocol, dsuDate, kind, validUntil, isee } = values;
  recordHouseholdChange(ctx, tenantId, household, 'ISEE_RECORDED', {
    [`isee.${attestation.id}`]: {
      from: null,
      to: { dsuProtocol, dsuDate, kind, validUntil, isee },
    },
  });
  await ctx.em.flush();
  return attestation;
}
