import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import { BadUserInputError, callerOf, ForbiddenError, isUuid, NotFoundError } from '@sisa/kernel';
import { scoreAssessment } from '@sisa/rules';
import { isCaseWritable } from '../domain/caseStatus';
import { Assessment } from '../entities/assessment.entity';
import type { SocialCase } from '../entities/socialCase.entity';
import type { CaseworkContext } from '../context';
import { caseworkCaller } from './caller';
import { lockedCase, recordEvent } from './caseWrites';
import { todayInItalyThisSecond as today } from '@sisa/italia';

type AssessmentForms = Awaited<
  ReturnType<CaseworkContext['services']['configReader']['assessmentForms']>
>;

/** The date's rules and the server's score and band of `answers` on `form`. */
function scored(
  form: AssessmentForms[number],
  answers: unknown,
  assessedAt: string,
  openedAt: string,
) {
  if (assessedAt > today())
    throw BadUserInputError.field('assessedAt', 'La data della valutazione non può essere futura');
  if (assessedAt < openedAt)
    throw BadUserInputError.field(
      'assessedAt',
      'La valutazione non può precedere l\u2019apertura della cartella',
    );
  const result = scoreAssessment(form, answers);
  if ('errors' in result) throw new BadUserInputError(result.errors);
  return result;
}

/** Writes the assessment with its line in the case's history (form, version, score, band). */
async function savedAssessment(
  ctx: CaseworkContext,
  socialCase: SocialCase,
  action: 'ASSESSED' | 'ASSESSMENT_UPDATED',
  assessment: Assessment,
): Promise<Assessment> {
  recordEvent(ctx, socialCase, action, {
    id: assessment.id,
    form: `${assessment.formKey} v${assessment.formVersion}`,
    score: assessment.score,
    band: assessment.band,
  });
  await ctx.em.flush();
  return assessment;
}

/** The assessment `id`, locked, with its case locked too (the équipe and supervisors). */
async function lockedAssessment(ctx: CaseworkContext, id: string) {
  const assessment = isUuid(id)
    ? await ctx.em.findOne(Assessment, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!assessment) throw new NotFoundError('Valutazione non trovata');
  const socialCase = await lockedCase(ctx, assessment.caseId, 'CONTENT');
  return { assessment, socialCase };
}

/**
 * Records an assessment on the latest version of the tenant's form `formKey`: every item answered
 * with one of its options; the score and the band computed here. The équipe of the case and
 * supervisors.
 */
export async function recordAssessment(
  ctx: CaseworkContext,
  caseId: string,
  formKey: string,
  answers: unknown,
  assessedAt: string,
): Promise<Assessment> {
  const socialCase = await lockedCase(ctx, caseId, 'CONTENT');
  if (!isCaseWritable(socialCase.status))
    throw BadUserInputError.field('caseId', 'La cartella è chiusa: riaprirla per valutare');
  const forms = await ctx.services.configReader.assessmentForms(callerOf(ctx));
  const form = forms.find((f) => f.key === formKey);
  if (!form)
    throw BadUserInputError.field('formKey', `Modulo di valutazione sconosciuto: ${formKey}`);
  const result = scored(form, answers, assessedAt, socialCase.openedAt);
  const { principal, tenantId } = caseworkCaller(ctx);
  const assessment = ctx.em.create(Assessment, {
    id: randomUUID(),
    tenantId,
    caseId: socialCase.id,
    formKey: form.key,
    formVersion: form.version,
    answers: answers as Record<string, string>,
    score: result.score,
    band: result.band,
    assessedAt,
    assessorId: principal.subjectId,
    assessorName: principal.name,
    signedAt: null,
    createdAt: new Date(),
  });
  return savedAssessment(ctx, socialCase, 'ASSESSED', assessment);
}

/** Signs an assessment (its assessor): from then on it never changes. */
export async function signAssessment(ctx: CaseworkContext, id: string): Promise<Assessment> {
  const { assessment } = await lockedAssessment(ctx, id);
  if (assessment.signedAt) throw BadUserInputError.field('id', 'La valutazione è già firmata');
  if (assessment.assessorId !== caseworkCaller(ctx).principal.subjectId)
    throw new ForbiddenError('Firma la valutazione chi l\u2019ha compilata');
  assessment.signedAt = new Date();
  await ctx.em.flush();
  return assessment;
}

/**
 * Changes an assessment not signed yet (its assessor): the answers and the date, scored again on
 * the latest version of its form, which it then keeps. A signed one never changes.
 */
export async function updateAssessment(
  ctx: CaseworkContext,
  id: string,
  answers: unknown,
  assessedAt: string,
): Promise<Assessment> {
  const { assessment, socialCase } = await lockedAssessment(ctx, id);
  if (assessment.signedAt)
    throw BadUserInputError.field('id', 'La valutazione è firmata: non si modifica più');
  if (assessment.assessorId !== caseworkCaller(ctx).principal.subjectId)
    throw new ForbiddenError('Modifica la valutazione chi l\u2019ha compilata');
  if (!isCaseWritable(socialCase.status))
    throw BadUserInputError.field('id', 'La cartella è chiusa: riaprirla per valutare');
  const forms = await ctx.services.configReader.assessmentForms(callerOf(ctx));
  const form = forms.find((f) => f.key === assessment.formKey);
  if (!form)
    throw BadUserInputError.field(
      'id',
      `Modulo di valutazione non più disponibile: ${assessment.formKey}`,
    );
  const result = scored(form, answers, assessedAt, socialCase.openedAt);
  Object.assign(assessment, {
    answers: answers as Record<string, string>,
    score: result.score,
    band: result.band,
    formVersion: form.version,
    assessedAt,
  });
  return savedAssessment(ctx, socialCase, 'ASSESSMENT_UPDATED', assessment);
}
