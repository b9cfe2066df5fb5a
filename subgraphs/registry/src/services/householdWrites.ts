import { randomUUID } from 'node:crypto';
import {
  BadUserInputError,
  checkExpectedVersion,
  FieldErrors,
  tenantOf,
  type CustomFieldValues,
} from '@sisa/kernel';
import { diffRecords, flattenCustomFields } from '../domain/revisionDiff';
import { Household } from '../entities/household.entity';
import { revisionRepository } from '../entities/revision.repository';
import type { RegistryContext } from '../context';
import { validateCustomFields } from './customFields';
import { lockHousehold, recordHouseholdChange } from './householdChanges';
import { tooManyMembers } from '../domain/membershipRules';
import { addMember, checkNewMembers, type NewMember } from './membershipWrites';

const WRITE = { domain: 'registry', level: 'write' } as const;

export async function createHousehold(
  ctx: RegistryContext,
  input: { members: NewMember[]; customFields?: unknown },
): Promise<Household> {
  const tenantId = tenantOf(ctx, WRITE);
  if (input.members.length === 0)
    throw BadUserInputError.field('input.members', 'Indicare almeno un componente');
  const tooMany = tooManyMembers(0, input.members.length);
  if (tooMany) throw BadUserInputError.field('input.members', tooMany);
  const { errors, today } = await checkNewMembers(
    ctx,
    tenantId,
    input.members,
    [],
    (i) => `input.members.${i}.`,
  );
  const custom = await validateCustomFields(
    ctx,
    tenantId,
    'HOUSEHOLD',
    input.customFields,
    undefined,
    {},
  );
  errors.addAll(custom.errors, 'input.');
  errors.throwIfAny();
  const now = new Date();
  const actor = ctx.principal!.name;
  const household = ctx.em.create(Household, {
    id: randomUUID(),
    tenantId,
    customFields: custom.values,
    version: 1,
    createdAt: now,
    createdBy: actor,
    updatedAt: now,
    updatedBy: actor,
  });
  const members = input.members.map((m) => {
    const since = m.since ?? today;
    addMember(ctx, tenantId, household.id, m, since);
    return { subjectId: m.subjectId, relationship: m.relationship, since };
  });
  revisionRepository.record(ctx.em, {
    tenantId,
    entity: 'HOUSEHOLD',
    entityId: household.id,
    version: 1,
    action: 'CREATE',
    changedBy: actor,
    changes: diffRecords(null, { members, ...flattenCustomFields(custom.values) }),
  });
  await ctx.em.flush();
  return household;
}

export async function updateHousehold(
  ctx: RegistryContext,
  id: string,
  input: { customFields?: unknown },
  expectedVersion: number,
): Promise<Household> {
  const tenantId = tenantOf(ctx, WRITE);
  const household = await lockHousehold(ctx, id);
  checkExpectedVersion(household.version, expectedVersion);
  const custom = await validateCustomFields(
    ctx,
    tenantId,
    'HOUSEHOLD',
    input.customFields,
    household.customFields,
    {},
  );
  new FieldErrors().addAll(custom.errors, 'input.').throwIfAny();
  const changes = diffRecords(
    flattenCustomFields(household.customFields),
    flattenCustomFields(custom.values),
  );
  if (Object.keys(changes).length === 0) return household;
  household.customFields = custom.values as CustomFieldValues;
  recordHouseholdChange(ctx, tenantId, household, 'UPDATE', changes);
  await ctx.em.flush();
  return household;
}
