import { randomUUID } from 'node:crypto';
import { BadUserInputError, callerOf, FieldErrors } from '@sisa/kernel';
import type { ReiDeclarations } from '../domain/declarations';
import { benefitPeriod, renewalProblem } from '../domain/duration';
import type { HouseholdData } from '../domain/household';
import type { ReiDeadlineParameters, ReiParameters } from '../domain/parameters';
import { ReiApplication } from '../entities/reiApplication.entity';
import { applicationRepository } from '../entities/reiApplication.repository';
import { protocolRepository } from '../entities/protocolCounter.repository';
import type { ReiContext } from '../context';
import {
  checkAgainstMembers,
  checkApplicationInput,
  mergeApplicationUpdate,
  normaliseDeclarations,
  type ApplicationInput,
  type ApplicationUpdateInput,
} from './applicationInput';
import {
  applicationForUpdate,
  moveApplication,
  noteOnApplication,
  refreshNextDue,
  startApplication,
} from './lifecycle';

const CHECKABLE = new Set(['DRAFT', 'CHECKS_PASSED', 'CHECKS_FAILED']);

interface Validated {
  declarations: ReiDeclarations;
  rules: ReiParameters;
  /** The rules' deadlines in the tenant's calendar. */
  deadlines: ReiDeadlineParameters;
  household: HouseholdData;
  renewalNumber: number;
  customFields: Record<string, unknown>;
}

/**
 * Everything a create or an update must satisfy, all field errors reported together: the
 * application's data, the rules in force on the submission date, the household and applicant
 * (read from the registry on that date), the access point, a renewal's conditions, one open
 * application per household, and the tenant's custom fields.
 */
async function validate(
  ctx: ReiContext,
  tenantId: string,
  input: ApplicationInput,
  current: ReiApplication | null,
): Promise<Validated> {
  const errors = new FieldErrors();
  const declarations = normaliseDeclarations(input.declarations);
  checkApplicationInput(input, declarations, errors);
  const caller = callerOf(ctx);
  const { registry, rules: ruleBook, config } = ctx.services;

  let rules: ReiParameters | null = null;
  try {
    rules = await ruleBook.forDate(caller, input.submittedAt, 'input.submittedAt');
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    errors.addAll(error.fieldErrors);
  }
  const household = await registry.household(caller, input.householdId, input.submittedAt);
  if (!household) errors.add('input.householdId', 'Nucleo familiare non trovato');
  else checkAgainstMembers(input, declarations, household.members, errors);

  const tenantConfig = await config.forTenant(caller, tenantId);
  if (
    input.accessPoint?.trim() &&
    !tenantConfig.listCodes('rei_access_point')?.has(input.accessPoint.trim())
  )
    errors.add('input.accessPoint', 'Punto di accesso non presente nell\u2019elenco');

  await applicationRepository.lockHousehold(ctx.em, input.householdId);
  const open = await applicationRepository.findOpenOfHousehold(
    ctx.em,
    input.householdId,
    current?.id ?? null,
  );
  if (open)
    errors.add(
      'input.householdId',
      `Il nucleo ha già una domanda REI in corso (${open.protocolNumber})`,
    );

  let renewalNumber = 0;
  if (input.renewalOfId) {
    const [previous] = await applicationRepository.findByIds(ctx.em, [input.renewalOfId]);
    if (!previous) errors.add('input.renewalOfId', 'Domanda da rinnovare non trovata');
    else if (previous.householdId !== input.householdId)
      errors.add('input.renewalOfId', 'La domanda da rinnovare è di un altro nucleo');
    else if (rules) {
      const problem = renewalProblem(rules, previous, input.submittedAt);
      if (problem) errors.add('input.renewalOfId', problem);
      renewalNumber = previous.renewalNumber + 1;
    }
  }

  const builtIn = {
    submittedAt: input.submittedAt,
    accessPoint: input.accessPoint ?? null,
    status: current?.status ?? 'DRAFT',
  };
  const custom = await config.validate(
    caller,
    tenantId,
    'REI_APPLICATION',
    input.customFields,
    current?.customFields ?? {},
    builtIn,
  );
  errors.addAll(custom.errors);
  errors.throwIfAny();
  return {
    declarations,
    rules: rules!,
    deadlines: await ruleBook.deadlinesFor(caller, tenantId, rules!),
    household: household!,
    renewalNumber,
    customFields: custom.values,
  };
}

/** Copies the data that depends on the rules and the dates: rule set, deadlines, benefit period. */
function applyRules(application: ReiApplication, v: Validated): void {
  const period = benefitPeriod(v.rules, {
    submittedAt: application.submittedAt,
    siaMonthsReceived: v.declarations.siaMonthsReceived,
    renewal: application.renewalOfId !== null,
  });
  application.rulesVersion = v.rules.code;
  application.deadlineParameters = v.deadlines;
  application.firstMonth = period.firstMonth;
  application.lastMonth = period.lastMonth;
  refreshNextDue(application);
}

function applicantSnapshot(application: ReiApplication, household: HouseholdData): void {
  const applicant = household.members.find((m) => m.subjectId === application.applicantId);
  application.applicantFiscalCode = applicant?.fiscalCode ?? null;
  application.applicantName = applicant ? `${applicant.lastName} ${applicant.firstName}` : null;
}

export async function createApplication(
  ctx: ReiContext,
  tenantId: string,
  input: ApplicationInput,
): Promise<ReiApplication> {
  const v = await validate(ctx, tenantId, input, null);
  const year = Number(input.submittedAt.slice(0, 4));
  const by = ctx.principal!.name;
  const application = ctx.em.create(ReiApplication, {
    id: randomUUID(),
    tenantId,
    protocolNumber: await protocolRepository.next(ctx.em, tenantId, year),
    applicantId: input.applicantId,
    householdId: input.householdId,
    submittedAt: input.submittedAt,
    accessPoint: input.accessPoint?.trim() || null,
    status: 'DRAFT',
    declarations: v.declarations,
    renewalOfId: input.renewalOfId ?? null,
    renewalNumber: v.renewalNumber,
    checks: [],
    rulesVersion: v.rules.code,
    deadlineParameters: v.deadlines,
    customFields: v.customFields,
    createdBy: by,
  });
  applicantSnapshot(application, v.household);
  applyRules(application, v);
  startApplication(ctx.em, application, by);
  await ctx.em.flush();
  return application;
}

/** Drops what the last checks computed from data that changed; checks recorded by hand stay. */
function forgetComputedChecks(application: ReiApplication): void {
  application.checks = application.checks.filter((c) => c.checkedBy);
  application.benefit = null;
  application.monthlyAmount = null;
  application.householdSize = null;
  application.isee = null;
  application.members = null;
}

const sameJson = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** True when the input changes anything but the custom fields. */
function changesData(
  application: ReiApplication,
  input: ApplicationInput,
  declarations: ReiDeclarations,
): boolean {
  return (
    application.applicantId !== input.applicantId ||
    application.householdId !== input.householdId ||
    application.submittedAt !== input.submittedAt ||
    (application.accessPoint ?? null) !== (input.accessPoint?.trim() || null) ||
    (application.renewalOfId ?? null) !== (input.renewalOfId ?? null) ||
    !sameJson(application.declarations, declarations)
  );
}

/**
 * Edits an application: only the fields the update names change (absent keeps, null clears).
 * Changing the data of a checked one sends it back to DRAFT (its checks
 * were about other data); once sent to INPS only the custom fields may change.
 */
export async function updateApplication(
  ctx: ReiContext,
  tenantId: string,
  id: string,
  update: ApplicationUpdateInput,
  expectedVersion: number,
): Promise<ReiApplication> {
  const application = await applicationForUpdate(ctx.em, id, expectedVersion);
  const merged = mergeApplicationUpdate(application, update);
  new FieldErrors().addAll(merged.errors).throwIfAny();
  const input = merged.input;
  const by = ctx.principal!.name;
  const dataChanged = changesData(application, input, normaliseDeclarations(input.declarations));
  if (!CHECKABLE.has(application.status)) {
    if (dataChanged)
      throw BadUserInputError.field(
        'input',
        'La domanda è già stata inviata all\u2019INPS: si possono modificare solo i campi personalizzati',
      );
    const custom = await ctx.services.config.validate(
      callerOf(ctx),
      tenantId,
      'REI_APPLICATION',
      input.customFields,
      application.customFields,
      {
        submittedAt: application.submittedAt,
        accessPoint: application.accessPoint,
        status: application.status,
      },
    );
    new FieldErrors().addAll(custom.errors).throwIfAny();
    application.customFields = custom.values;
    noteOnApplication(
      ctx.em,
      application,
      'updateReiApplication',
      by,
      'Campi personalizzati modificati',
    );
    await ctx.em.flush();
    return application;
  }
  const v = await validate(ctx, tenantId, input, application);
  application.applicantId = input.applicantId;
  application.householdId = input.householdId;
  application.submittedAt = input.submittedAt;
  application.accessPoint = input.accessPoint?.trim() || null;
  application.renewalOfId = input.renewalOfId ?? null;
  application.renewalNumber = v.renewalNumber;
  application.declarations = v.declarations;
  application.customFields = v.customFields;
  applicantSnapshot(application, v.household);
  applyRules(application, v);
  if (dataChanged) forgetComputedChecks(application);
  if (dataChanged && application.status !== 'DRAFT') {
    moveApplication(ctx.em, application, {
      to: 'DRAFT',
      via: 'updateReiApplication',
      by,
      field: 'input',
      note: 'Dati modificati: i controlli vanno ripetuti',
    });
  } else
    noteOnApplication(
      ctx.em,
      application,
      'updateReiApplication',
      by,
      dataChanged ? 'Dati modificati' : 'Campi personalizzati modificati',
    );
  await ctx.em.flush();
  return application;
}
