import { randomUUID } from 'node:crypto';
import { todayInItaly } from '@sisa/italia';
import {
  checkExpectedVersion,
  FieldErrors,
  NotFoundError,
  tenantOf,
  type CustomFieldValues,
  type FieldError,
} from '@sisa/kernel';
import {
  checkSubjectInput,
  mergeSubjectUpdate,
  type SubjectInput,
  type SubjectUpdateInput,
  type SubjectValues,
} from '../domain/subjectRules';
import { diffRecords, flattenCustomFields } from '../domain/revisionDiff';
import { Subject } from '../entities/subject.entity';
import { subjectRepository } from '../entities/subject.repository';
import { revisionRepository } from '../entities/revision.repository';
import type { RegistryContext } from '../context';
import { validateCustomFields } from './customFields';
import { endMembershipsOfArchived } from './membershipWrites';

const WRITE = { domain: 'registry', level: 'write' } as const;

/** The fields a revision of a subject compares (residence as `residence.*`, custom fields by key). */
type Nullable<T> = { [K in keyof T]: T[K] | undefined };

function revisionView(
  subject: Nullable<SubjectValues> & { customFields: CustomFieldValues },
): Record<string, unknown> {
  return {
    fiscalCode: subject.fiscalCode,
    firstName: subject.firstName,
    lastName: subject.lastName,
    sex: subject.sex,
    birthDate: subject.birthDate,
    birthPlaceCode: subject.birthPlaceCode,
    citizenshipCode: subject.citizenshipCode,
    'residence.street': subject.residenceStreet,
    'residence.postalCode': subject.residencePostalCode,
    'residence.municipalityCode': subject.residenceMunicipalityCode,
    'residence.countryCode': subject.residenceCountryCode,
    phone: subject.phone,
    email: subject.email,
    ...flattenCustomFields(subject.customFields),
  };
}

/** Checks the input (domain rules, uniqueness, custom fields) and throws every problem at once. */
async function checkWrite(
  ctx: RegistryContext,
  tenantId: string,
  input: SubjectInput & { customFields?: unknown },
  existing: Subject | null,
  updateErrors: readonly FieldError[] = [],
): Promise<{ values: SubjectValues; customFields: CustomFieldValues }> {
  const errors = new FieldErrors().addAll(updateErrors);
  const { values, errors: ruleErrors } = checkSubjectInput(input, todayInItaly());
  errors.addAll(ruleErrors);
  const codeProblem = ruleErrors.some((e) => e.field === 'input.fiscalCode');
  if (
    !codeProblem &&
    (await subjectRepository.isFiscalCodeTaken(ctx.em, values.fiscalCode, existing?.id))
  ) {
    errors.add('input.fiscalCode', 'Esiste già un soggetto con questo codice fiscale');
  }
  const custom = await validateCustomFields(
    ctx,
    tenantId,
    'SUBJECT',
    input.customFields,
    existing?.customFields,
    { ...values },
  );
  errors.addAll(custom.errors, 'input.');
  errors.throwIfAny();
  return { values, customFields: custom.values };
}

export async function createSubject(
  ctx: RegistryContext,
  input: SubjectInput & { customFields?: unknown },
): Promise<Subject> {
  const tenantId = tenantOf(ctx, WRITE);
  const { values, customFields } = await checkWrite(ctx, tenantId, input, null);
  const now = new Date();
  const actor = ctx.principal!.name;
  const subject = ctx.em.create(Subject, {
    id: randomUUID(),
    tenantId,
    ...values,
    customFields,
    version: 1,
    createdAt: now,
    createdBy: actor,
    updatedAt: now,
    updatedBy: actor,
    archivedAt: null,
  });
  revisionRepository.record(ctx.em, {
    tenantId,
    entity: 'SUBJECT',
    entityId: subject.id,
    version: 1,
    action: 'CREATE',
    changedBy: actor,
    changes: diffRecords(null, revisionView({ ...values, customFields })),
  });
  await ctx.em.flush();
  return subject;
}

/** The active subject, locked for the write; another tenant's or an archived one is NOT_FOUND. */
async function lockActive(ctx: RegistryContext, id: string): Promise<Subject> {
  const subject = await subjectRepository.findForUpdate(ctx.em, id);
  if (!subject || subject.archivedAt) throw new NotFoundError('Soggetto');
  return subject;
}

/**
 * Changes the fields the update names and nothing else (absent keeps, null clears); CONFLICT with
 * the current version when `expectedVersion` is stale.
 */
export async function updateSubject(
  ctx: RegistryContext,
  id: string,
  update: SubjectUpdateInput & { customFields?: unknown },
  expectedVersion: number,
): Promise<Subject> {
  const tenantId = tenantOf(ctx, WRITE);
  const subject = await lockActive(ctx, id);
  checkExpectedVersion(subject.version, expectedVersion);
  const { customFields: customUpdate, ...builtIns } = update;
  const merged = mergeSubjectUpdate(subject, builtIns);
  const { values, customFields } = await checkWrite(
    ctx,
    tenantId,
    { ...merged.input, customFields: customUpdate },
    subject,
    merged.errors,
  );
  const changes = diffRecords(revisionView(subject), revisionView({ ...values, customFields }));
  if (Object.keys(changes).length === 0) return subject;
  Object.assign(subject, values, { customFields });
  subject.version += 1;
  subject.updatedAt = new Date();
  subject.updatedBy = ctx.principal!.name;
  revisionRepository.record(ctx.em, {
    tenantId,
    entity: 'SUBJECT',
    entityId: subject.id,
    version: subject.version,
    action: 'UPDATE',
    changedBy: subject.updatedBy,
    changes,
  });
  await ctx.em.flush();
  return subject;
}

/** Archives the subject: kept for history, out of lists, searches and current households. */
export async function archiveSubject(ctx: RegistryContext, id: string): Promise<true> {
  const tenantId = tenantOf(ctx, WRITE);
  const subject = await lockActive(ctx, id);
  const now = new Date();
  subject.archivedAt = now;
  subject.version += 1;
  subject.updatedAt = now;
  subject.updatedBy = ctx.principal!.name;
  revisionRepository.record(ctx.em, {
    tenantId,
    entity: 'SUBJECT',
    entityId: subject.id,
    version: subject.version,
    action: 'ARCHIVE',
    changedBy: subject.updatedBy,
    changes: { archivedAt: { from: null, to: now.toISOString() } },
  });
  await endMembershipsOfArchived(ctx, tenantId, subject.id);
  await ctx.em.flush();
  return true;
}
