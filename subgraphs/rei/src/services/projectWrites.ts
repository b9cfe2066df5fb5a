import { randomUUID } from 'node:crypto';
import { todayInItaly } from '@sisa/italia';
import { BadUserInputError, callerOf, ConflictError, FieldErrors } from '@sisa/kernel';
import { date } from '../domain/italianText';
import type { ProjectCommunication } from '../domain/project';
import type { ReiApplication } from '../entities/reiApplication.entity';
import { ReiIntervention } from '../entities/reiIntervention.entity';
import { ReiProject } from '../entities/reiProject.entity';
import { interventionRepository, projectRepository } from '../entities/reiProject.repository';
import type { ReiContext } from '../context';
import { applicationForUpdate, noteOnApplication, refreshNextDue } from './lifecycle';
import {
  checkProjectInput,
  normaliseProject,
  type InterventionInput,
  type ProjectInput,
} from './projectInput';
import type { ReiCommunicationInput } from '../generated/resolvers';

/** Applications that get no project: refused ones. */
const NO_PROJECT = new Set(['CHECKS_FAILED', 'REJECTED']);
/** Applications whose project may be signed. */
const SIGNABLE = new Set(['CHECKS_PASSED', 'SENT_TO_INPS', 'ACCEPTED', 'SUSPENDED']);

/** The household members the project may name, with their fiscal codes. */
async function membersOf(
  ctx: ReiContext,
  application: ReiApplication,
): Promise<Map<string, string | null>> {
  if (application.members)
    return new Map(application.members.map((m) => [m.subjectId, m.fiscalCode]));
  const household = await ctx.services.registry.household(
    callerOf(ctx),
    application.householdId,
    application.submittedAt,
  );
  return new Map((household?.members ?? []).map((m) => [m.subjectId, m.fiscalCode]));
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/**
 * Saves the interventions: an input with an id updates that intervention (its updatedAt moves
 * only if something changed), one without is new, and a saved one missing from the input is
 * marked removed, never deleted, so SIUSS can cancel what it extracted.
 */
async function syncInterventions(
  ctx: ReiContext,
  project: ReiProject,
  application: ReiApplication,
  list: readonly InterventionInput[],
  fiscalCodes: Map<string, string | null>,
): Promise<void> {
  const existing = new Map(
    (await interventionRepository.findAllOfProject(ctx.em, project.id)).map((i) => [i.id, i]),
  );
  const now = new Date();
  const errors = new FieldErrors();
  list.forEach((input, i) => {
    if (input.id && !existing.get(input.id))
      errors.add(`input.interventions.${i}.id`, 'Intervento non trovato in questo progetto');
  });
  errors.throwIfAny();
  const kept = new Set<string>();
  list.forEach((input, position) => {
    const beneficiaryId = input.beneficiaryId ?? application.applicantId;
    const values = {
      position,
      code: input.code.trim(),
      description: input.description?.trim() || null,
      beneficiaryId,
      beneficiaryFiscalCode: fiscalCodes.get(beneficiaryId) ?? null,
      economic: input.economic,
      siussServiceCode: input.economic ? (input.siussServiceCode ?? null) : null,
      periodic: input.periodic,
      amount: input.economic ? (input.amount ?? null) : null,
      monthlyAmount: input.economic ? (input.monthlyAmount ?? null) : null,
      startDate: input.startDate ?? null,
      endDate: input.endDate ?? null,
      paymentDate: input.paymentDate ?? null,
    };
    const current = input.id ? existing.get(input.id) : undefined;
    if (!current) {
      ctx.em.create(ReiIntervention, {
        id: randomUUID(),
        tenantId: project.tenantId,
        project: project.id,
        application: application.id,
        ...values,
        removedAt: null,
        updatedAt: now,
      });
      return;
    }
    kept.add(current.id);
    const amountSame = (a: string | null | undefined, b: string | null) =>
      a == null ? b == null : b != null && Number(a) === Number(b);
    const changed =
      current.removedAt !== null ||
      (Object.keys(values) as (keyof typeof values)[]).some((k) =>
        k === 'amount' || k === 'monthlyAmount'
          ? !amountSame(current[k], values[k])
          : !same(current[k], values[k]),
      );
    if (changed) Object.assign(current, values, { removedAt: null, updatedAt: now });
  });
  for (const intervention of existing.values()) {
    if (!kept.has(intervention.id) && !intervention.removedAt)
      Object.assign(intervention, { removedAt: now, updatedAt: now });
  }
}

/** Creates or replaces the personalised project of an application. */
export async function saveProject(
  ctx: ReiContext,
  tenantId: string,
  applicationId: string,
  input: ProjectInput,
  expectedVersion?: number | null,
): Promise<ReiProject> {
  const application = await applicationForUpdate(ctx.em, applicationId);
  if (NO_PROJECT.has(application.status))
    throw BadUserInputError.field(
      'applicationId',
      'Una domanda respinta o che non ha superato i controlli non ha un progetto',
    );
  let project = await projectRepository.findForUpdate(ctx.em, application.id);
  if (project && expectedVersion != null && project.version !== expectedVersion)
    throw new ConflictError();

  const caller = callerOf(ctx);
  const tenantConfig = await ctx.services.config.forTenant(caller, tenantId);
  const fiscalCodes = await membersOf(ctx, application);
  const normalised = normaliseProject(input);
  const interventions = input.interventions ?? [];
  const errors = new FieldErrors();
  checkProjectInput(
    normalised,
    interventions,
    {
      submittedAt: application.submittedAt,
      memberIds: new Set(fiscalCodes.keys()),
      problemCodes: tenantConfig.listCodes('rei_problem'),
      resourceCodes: tenantConfig.listCodes('rei_resource'),
      interventionCodes: tenantConfig.listCodes('rei_intervention'),
      siussCodes: tenantConfig.listCodes('siuss_service'),
    },
    errors,
  );
  const custom = await ctx.services.config.validate(
    caller,
    tenantId,
    'REI_PROJECT',
    input.customFields,
    project?.customFields ?? {},
    {
      assignedTo: normalised.assignedTo,
      signedAt: project?.signedAt ?? null,
    },
  );
  errors.addAll(custom.errors);
  errors.throwIfAny();

  const missed = normalised.breaches.filter(
    (b) => b.kind === 'MISSED_APPOINTMENT' && !b.justified,
  ).length;
  if (!project) {
    project = ctx.em.create(ReiProject, {
      id: randomUUID(),
      tenantId,
      application: application.id,
      ...normalised,
      missedAppointments: missed,
      communications: [],
      customFields: custom.values,
    });
  } else
    Object.assign(project, normalised, { missedAppointments: missed, customFields: custom.values });
  await syncInterventions(ctx, project, application, interventions, fiscalCodes);

  const assessmentChanged =
    application.preliminaryAssessmentOn !== normalised.preliminaryAssessmentOn;
  application.preliminaryAssessmentOn = normalised.preliminaryAssessmentOn;
  refreshNextDue(application);
  noteOnApplication(
    ctx.em,
    application,
    'saveReiProject',
    ctx.principal!.name,
    assessmentChanged && normalised.preliminaryAssessmentOn
      ? `Progetto salvato; analisi preliminare del ${date(normalised.preliminaryAssessmentOn)}`
      : 'Progetto salvato',
  );
  await ctx.em.flush();
  return project;
}

/**
 * The cartella sociale the project is signed on: the one it was signed on already (a correction
 * of the date), else the open case of the applicant or the nucleo, which must exist.
 */
async function caseOfSignature(
  ctx: ReiContext,
  application: ReiApplication,
  project: ReiProject,
): Promise<{ id: string; number: string | null }> {
  if (project.signedAt && project.socialCaseId) return { id: project.socialCaseId, number: null };
  const open = await ctx.services.casework.openCaseOf(
    callerOf(ctx),
    application.applicantId,
    application.householdId,
  );
  if (!open)
    throw BadUserInputError.field(
      'applicationId',
      'Per sottoscrivere il progetto serve una cartella sociale aperta del richiedente o del suo nucleo: aprirla prima in «Cartelle sociali»',
    );
  return open;
}

/** Records the signature of the project (after the preliminary assessment, not in the future). */
export async function signProject(
  ctx: ReiContext,
  applicationId: string,
  signedAt: string,
): Promise<ReiProject> {
  const application = await applicationForUpdate(ctx.em, applicationId);
  const project = await projectRepository.findForUpdate(ctx.em, application.id);
  const errors = new FieldErrors();
  if (!SIGNABLE.has(application.status))
    errors.add(
      'applicationId',
      'Il progetto si sottoscrive per una domanda che ha superato i controlli e non è chiusa',
    );
  if (!project) errors.add('applicationId', 'Preparare prima il progetto');
  else {
    if (!project.preliminaryAssessmentOn)
      errors.add('signedAt', 'Registrare prima l\u2019analisi preliminare');
    else if (signedAt < project.preliminaryAssessmentOn)
      errors.add(
        'signedAt',
        `La sottoscrizione non può precedere l\u2019analisi preliminare (${date(project.preliminaryAssessmentOn)})`,
      );
    if (project.goals.length === 0)
      errors.add('applicationId', 'Il progetto deve avere almeno un obiettivo');
  }
  if (signedAt > todayInItaly()) errors.add('signedAt', 'La data non può essere futura');
  errors.throwIfAny();
  const socialCase = await caseOfSignature(ctx, application, project!);
  const previous = project!.signedAt;
  project!.signedAt = signedAt;
  project!.socialCaseId = socialCase.id;
  application.projectSignedOn = signedAt;
  refreshNextDue(application);
  noteOnApplication(
    ctx.em,
    application,
    'signReiProject',
    ctx.principal!.name,
    previous
      ? `Sottoscrizione corretta: dal ${date(previous)} al ${date(signedAt)}`
      : `Progetto sottoscritto il ${date(signedAt)}${socialCase.number ? ` (cartella sociale ${socialCase.number})` : ''}`,
  );
  await ctx.em.flush();
  return project!;
}

/** `ReiCommunicationInput` as GraphQL hands it over. */
export type CommunicationInput = ReiCommunicationInput;

/** Appends to the project's communications and reports log (entries are never edited). */
export async function logCommunication(
  ctx: ReiContext,
  applicationId: string,
  input: CommunicationInput,
): Promise<ReiProject> {
  const application = await applicationForUpdate(ctx.em, applicationId);
  const project = await projectRepository.findForUpdate(ctx.em, application.id);
  const errors = new FieldErrors();
  if (!project) errors.add('applicationId', 'Preparare prima il progetto');
  if (!input.subject.trim()) errors.add('input.subject', 'Indicare l\u2019oggetto');
  if (input.on > todayInItaly()) errors.add('input.on', 'La data non può essere futura');
  if ((input.text?.length ?? 0) > 10000) errors.add('input.text', 'Al massimo 10000 caratteri');
  errors.throwIfAny();
  const entry: ProjectCommunication = {
    id: randomUUID(),
    kind: input.kind,
    on: input.on,
    direction: input.direction ?? null,
    counterpart: input.counterpart?.trim() || null,
    subject: input.subject.trim(),
    text: input.text?.trim() || null,
    recordedAt: new Date().toISOString(),
    recordedBy: ctx.principal!.name,
  };
  project!.communications = [...project!.communications, entry];
  await ctx.em.flush();
  return project!;
}
