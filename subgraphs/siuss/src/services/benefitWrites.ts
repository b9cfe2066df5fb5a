import { randomUUID } from 'node:crypto';
import {
  callerOf,
  checkExpectedVersion,
  ConflictError,
  FieldErrors,
  NotFoundError,
  type CustomFieldValues,
} from '@sisa/kernel';
import type { BenefitData, ValidationIssue } from '../domain/benefit';
import type { BenefitSource } from '../domain/codes';
import { statusAfterChange } from '../domain/status';
import { validateBenefit } from '../domain/validation';
import { SocialBenefit } from '../entities/socialBenefit.entity';
import { waitForTransmission } from '../entities/sentState';
import { socialBenefitRepository } from '../entities/socialBenefit.repository';
import type { SiussContext } from '../context';
import {
  benefitFromInput,
  fillFromSubject,
  mergeBenefitUpdate,
  type SocialBenefitInput,
  type SocialBenefitUpdateInput,
} from './benefitInput';
import { benefitDataOf, sameData } from './benefitRecord';
import { RegistryReader } from './registryReader';
import { assertNaturalKeyFree, DuplicateBenefitError, naturalKeyHolder } from './benefitDuplicates';
import { serviceCatalog } from './serviceCatalog';

async function prepare(
  ctx: SiussContext,
  tenantId: string,
  input: SocialBenefitInput,
  previousCustom: CustomFieldValues | undefined,
) {
  const catalog = await serviceCatalog(ctx, tenantId);
  const { data: given, errors } = benefitFromInput(input, catalog.name);
  const needsRegistry =
    !given.lastName ||
    !given.firstName ||
    !given.birthYear ||
    !given.birthPlaceCode ||
    !given.sex ||
    !given.citizenshipCode ||
    !input.residence;
  const subject =
    needsRegistry && given.fiscalCode
      ? await new RegistryReader(ctx.services.subgraphUrls).byFiscalCode(
          callerOf(ctx),
          given.fiscalCode,
        )
      : null;
  const data = fillFromSubject(given, subject, !!input.residence);
  const custom = await ctx.services.config.validate(
    callerOf(ctx),
    tenantId,
    'SOCIAL_BENEFIT',
    input.customFields,
    previousCustom,
    {
      serviceCode: data.serviceCode,
      character: data.character,
      meansTest: data.meansTest,
    },
  );
  errors.addAll(custom.errors.map((e) => ({ field: `input.${e.field}`, message: e.message })));
  errors.throwIfAny();
  return {
    data,
    customFields: custom.values,
    issues: validateBenefit(data, { serviceCodes: catalog.codes }),
  };
}

function assign(entity: SocialBenefit, data: BenefitData): void {
  Object.assign(entity, data);
}

export async function createSocialBenefit(
  ctx: SiussContext,
  tenantId: string,
  input: SocialBenefitInput,
): Promise<SocialBenefit> {
  const { data, customFields, issues } = await prepare(ctx, tenantId, input, undefined);
  await assertNaturalKeyFree(ctx.em, tenantId, data, null);
  return newRecord(ctx, tenantId, data, customFields, issues, 'MANUAL', null);
}

/** A new record, VALID or INVALID by its issues. */
export async function newRecord(
  ctx: SiussContext,
  tenantId: string,
  data: BenefitData,
  customFields: CustomFieldValues,
  issues: ValidationIssue[],
  source: BenefitSource,
  sourceId: string | null,
): Promise<SocialBenefit> {
  const now = new Date();
  const actor = ctx.principal?.name ?? 'sistema';
  const entity = ctx.em.create(SocialBenefit, {
    id: randomUUID(),
    tenantId,
    version: 1,
    status: statusAfterChange(null, issues),
    source,
    sourceId,
    ...data,
    customFields,
    issues,
    createdAt: now,
    createdBy: actor,
    updatedAt: now,
    updatedBy: actor,
  });
  await ctx.em.flush();
  return entity;
}

async function lockedRecord(
  ctx: SiussContext,
  tenantId: string,
  id: string,
  expectedVersion: number | null | undefined,
): Promise<SocialBenefit> {
  await waitForTransmission(ctx.em, tenantId);
  const entity = await socialBenefitRepository.findForUpdate(ctx.em, id);
  if (!entity) throw new NotFoundError('Prestazione');
  if (expectedVersion != null) checkExpectedVersion(entity.version, expectedVersion);
  return entity;
}

/** Keeps what INPS holds before the first change after a transmission: it goes out as a C. */
function rememberWhatInpsHas(entity: SocialBenefit): void {
  if (entity.status === 'TRANSMITTED' && !entity.pendingCancellation)
    entity.pendingCancellation = benefitDataOf(entity);
}

/** Changes only the fields the update names (absent keeps, null clears). */
export async function updateSocialBenefit(
  ctx: SiussContext,
  tenantId: string,
  id: string,
  update: SocialBenefitUpdateInput,
  expectedVersion: number,
): Promise<SocialBenefit> {
  const entity = await lockedRecord(ctx, tenantId, id, expectedVersion);
  if (entity.status === 'CANCELLED')
    throw new ConflictError('La prestazione è annullata: non si può modificare');
  const merged = mergeBenefitUpdate(benefitDataOf(entity), update);
  new FieldErrors().addAll(merged.errors).throwIfAny();
  const { data, customFields, issues } = await prepare(
    ctx,
    tenantId,
    merged.input,
    entity.customFields,
  );
  // A record set aside as a duplicate stays so while its key is taken; given a key of its own,
  // it becomes a record like any other.
  const holder = await naturalKeyHolder(ctx.em, tenantId, data, entity.id);
  if (holder && !entity.duplicateOf) throw new DuplicateBenefitError(holder);
  if (!holder && entity.duplicateOf) entity.duplicateOf = null;
  await changeRecord(ctx, entity, data, customFields, issues);
  return entity;
}

/**
 * Applies new data to a record: a record already sent keeps what INPS has (to cancel it at the
 * next transmission); going back to exactly that needs no transmission at all.
 */
export async function changeRecord(
  ctx: SiussContext,
  entity: SocialBenefit,
  data: BenefitData,
  customFields: CustomFieldValues,
  issues: ValidationIssue[],
): Promise<boolean> {
  const dataChanged = !sameData(benefitDataOf(entity), data);
  if (!dataChanged && JSON.stringify(entity.customFields) === JSON.stringify(customFields))
    return false;
  if (dataChanged) {
    rememberWhatInpsHas(entity);
    assign(entity, data);
    entity.issues = issues;
    entity.status = statusAfterChange(entity.status, issues);
    if (
      entity.pendingCancellation &&
      sameData(entity.pendingCancellation, data) &&
      issues.length === 0
    ) {
      entity.pendingCancellation = null;
      entity.status = 'TRANSMITTED';
    }
  }
  entity.customFields = customFields;
  entity.version += 1;
  entity.updatedAt = new Date();
  entity.updatedBy = ctx.principal?.name ?? 'sistema';
  await ctx.em.flush();
  return true;
}

export async function cancelSocialBenefit(
  ctx: SiussContext,
  tenantId: string,
  id: string,
  expectedVersion?: number | null,
): Promise<SocialBenefit> {
  const entity = await lockedRecord(ctx, tenantId, id, expectedVersion);
  await cancelRecord(ctx, entity);
  return entity;
}

export async function cancelRecord(ctx: SiussContext, entity: SocialBenefit): Promise<boolean> {
  if (entity.status === 'CANCELLED') return false;
  rememberWhatInpsHas(entity);
  entity.status = 'CANCELLED';
  entity.version += 1;
  entity.updatedAt = new Date();
  entity.updatedBy = ctx.principal?.name ?? 'sistema';
  await ctx.em.flush();
  return true;
}
