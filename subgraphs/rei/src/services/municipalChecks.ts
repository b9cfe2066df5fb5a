import { todayInItaly } from '@sisa/italia';
import { BadUserInputError, callerOf } from '@sisa/kernel';
import { applicationBenefit } from '../domain/benefitSchedule';
import { benefitPeriod } from '../domain/duration';
import {
  evaluateRequirements,
  mergeWithManual,
  statusAfterChecks,
  type RequirementCheck,
} from '../domain/requirementChecks';
import { CHECK_LABELS, isCheckCode, type CheckOutcome } from '../domain/statuses';
import { reachableThrough } from '../domain/transitions';
import type { ReiApplication } from '../entities/reiApplication.entity';
import type { ReiContext } from '../context';
import { applicationForUpdate, moveApplication, refreshNextDue } from './lifecycle';

function summary(checks: readonly RequirementCheck[]): string {
  const count = (outcome: CheckOutcome) => checks.filter((c) => c.outcome === outcome).length;
  const parts = [
    `${count('PASSED')} superati`,
    `${count('FAILED')} non superati`,
    `${count('NOT_VERIFIABLE')} da verificare`,
  ];
  if (count('NOT_APPLICABLE')) parts.push(`${count('NOT_APPLICABLE')} non applicabili`);
  return `Controlli: ${parts.join(', ')}`;
}

function assertCheckable(application: ReiApplication, field: string): void {
  if (reachableThrough(application.status, 'runMunicipalChecks').length === 0)
    throw BadUserInputError.field(
      field,
      'I controlli comunali si fanno solo prima dell\u2019invio all\u2019INPS',
    );
}

/**
 * Evaluates every requirement from the registry's data on the submission date and the
 * declarations, keeps what caseworkers recorded by hand, computes the benefit for the first
 * month and the benefit period, and moves the application to what the checks say.
 */
export async function runMunicipalChecks(
  ctx: ReiContext,
  id: string,
  expectedVersion?: number | null,
): Promise<ReiApplication> {
  const application = await applicationForUpdate(ctx.em, id, expectedVersion);
  assertCheckable(application, 'id');
  const caller = callerOf(ctx);
  const rules = await ctx.services.rules.forDate(caller, application.submittedAt, 'id');
  const household = await ctx.services.registry.household(
    caller,
    application.householdId,
    application.submittedAt,
  );
  if (!household)
    throw BadUserInputError.field('id', 'Il nucleo familiare della domanda non è più in anagrafe');

  const now = new Date().toISOString();
  const { checks, isee } = evaluateRequirements({
    submittedAt: application.submittedAt,
    applicantId: application.applicantId,
    household,
    declarations: application.declarations,
    parameters: rules,
    now,
  });
  const merged = mergeWithManual(checks, application.checks);
  const period = benefitPeriod(rules, {
    submittedAt: application.submittedAt,
    siaMonthsReceived: application.declarations.siaMonthsReceived,
    renewal: application.renewalOfId !== null,
  });
  const benefit = isee
    ? applicationBenefit(
        await ctx.services.rules.all(caller),
        rules,
        {
          householdSize: isee.householdSize,
          isr: isee.isr,
          otherBenefits: application.declarations.otherBenefits ?? [],
        },
        period,
      )
    : null;

  const applicant = household.members.find((m) => m.subjectId === application.applicantId);
  application.checks = merged;
  application.checksRunAt = new Date(now);
  application.isee = isee;
  application.members = household.members.map((m) => ({
    subjectId: m.subjectId,
    fiscalCode: m.fiscalCode,
    firstName: m.firstName,
    lastName: m.lastName,
    birthDate: m.birthDate,
  }));
  if (applicant) {
    application.applicantFiscalCode = applicant.fiscalCode;
    application.applicantName = `${applicant.lastName} ${applicant.firstName}`;
  }
  application.benefit = benefit;
  application.monthlyAmount = benefit?.monthlyAmount ?? null;
  application.householdSize = isee?.householdSize ?? null;
  application.rulesVersion = rules.code;
  application.deadlineParameters = await ctx.services.rules.deadlinesFor(
    caller,
    application.tenantId,
    rules,
  );
  application.firstMonth = period.firstMonth;
  application.lastMonth = period.lastMonth;
  refreshNextDue(application);
  moveApplication(ctx.em, application, {
    to: statusAfterChecks(merged),
    via: 'runMunicipalChecks',
    by: ctx.principal!.name,
    note: summary(merged),
    field: 'id',
  });
  await ctx.em.flush();
  return application;
}

/** A caseworker settles one requirement by hand, with a note; the status follows the checks. */
export async function recordCheck(
  ctx: ReiContext,
  args: {
    id: string;
    code: string;
    outcome: CheckOutcome;
    note?: string | null;
    expectedVersion?: number | null;
  },
): Promise<ReiApplication> {
  const application = await applicationForUpdate(ctx.em, args.id, args.expectedVersion);
  const code = args.code.trim().toUpperCase();
  const note = args.note?.trim() ?? '';
  const errors = [];
  if (!isCheckCode(code))
    errors.push({ field: 'code', message: `Requisito sconosciuto: ${args.code}` });
  if (!note)
    errors.push({ field: 'note', message: 'Indicare come è stato verificato il requisito' });
  if (args.outcome === 'NOT_VERIFIABLE')
    errors.push({
      field: 'outcome',
      message: 'Registrare un esito: superato, non superato o non applicabile',
    });
  if (errors.length) throw new BadUserInputError(errors);
  assertCheckable(application, 'id');
  if (!isCheckCode(code)) return application;
  const by = ctx.principal!.name;
  const check: RequirementCheck = {
    code,
    outcome: args.outcome,
    automatic: false,
    detail: `Verificato a mano da ${by} il ${todayInItaly().split('-').reverse().join('/')}: ${note}`,
    checkedAt: new Date().toISOString(),
    checkedBy: by,
    note,
  };
  application.checks = [...application.checks.filter((c) => c.code !== code), check];
  moveApplication(ctx.em, application, {
    to: statusAfterChecks(application.checks),
    via: 'recordCheck',
    by,
    note: `${CHECK_LABELS[code]}: ${args.outcome} — ${note}`,
    field: 'id',
  });
  await ctx.em.flush();
  return application;
}
