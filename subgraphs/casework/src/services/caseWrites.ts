import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  BadUserInputError,
  callerOf,
  checkExpectedVersion,
  ForbiddenError,
  isUuid,
  NotFoundError,
  type CustomFieldValues,
  type FieldError,
} from '@sisa/kernel';
import { formatItalianDate, todayInItaly, todayInItalyThisSecond as today } from '@sisa/italia';
import { formatCaseNumber } from '../domain/caseNumber';
import { allows, canDirectCase, canTakeInCharge, type CaseAccess } from '../domain/caseAccess';
import {
  closureErrors,
  isCaseWritable,
  statusChangeRefusal,
  type SocialCaseStatus,
} from '../domain/caseStatus';
import { responsibleOn, teamErrors, type TeamMembership } from '../domain/caseTeam';
import { CaseEvent } from '../entities/caseEvent.entity';
import { CaseTeamMember } from '../entities/caseTeamMember.entity';
import { Referral } from '../entities/referral.entity';
import { SocialCase } from '../entities/socialCase.entity';
import type { CaseworkContext } from '../context';
import type {
  CaseTeamMemberInput,
  OpenSocialCaseInput,
  SocialCaseUpdateInput,
} from '../generated/resolvers';
import { accessTo, memberships } from './caseAccess';
import { caseworkCaller, demand } from './caller';

export const CASE_AREAS_LIST = 'case_areas';
const MAX_AREAS = 20;

/** The case `id` locked for a write, with what the caller sees of it; NOT_FOUND as for reads. */
export async function lockedCase(
  ctx: CaseworkContext,
  id: string,
  needed: CaseAccess,
): Promise<SocialCase> {
  const socialCase = isUuid(id)
    ? await ctx.em.findOne(
        SocialCase,
        { id },
        { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
      )
    : null;
  if (!socialCase) throw new NotFoundError('Cartella sociale non trovata');
  const access = await accessTo(ctx, socialCase);
  if (access === 'NONE') throw new NotFoundError('Cartella sociale non trovata');
  if (!allows(access, needed))
    throw new ForbiddenError(
      'Solo l\u2019équipe del caso e i responsabili del servizio modificano la cartella',
    );
  return socialCase;
}

/** Records what happened to a case, in the operation's transaction. */
export function recordEvent(
  ctx: CaseworkContext,
  socialCase: SocialCase,
  action: string,
  changes: Record<string, unknown> | null = null,
): void {
  ctx.em.create(CaseEvent, {
    id: randomUUID(),
    tenantId: socialCase.tenantId,
    caseId: socialCase.id,
    at: new Date(),
    by: caseworkCaller(ctx).principal.name,
    action,
    changes,
  });
}

function areaErrors(
  areas: readonly string[],
  codes: ReadonlySet<string>,
  field: string,
): FieldError[] {
  if (!areas.length) return [{ field, message: 'Indicare almeno un\u2019area' }];
  if (areas.length > MAX_AREAS) return [{ field, message: `Al massimo ${MAX_AREAS} aree` }];
  const errors: FieldError[] = [];
  areas.forEach((code, i) => {
    if (!codes.has(code))
      errors.push({ field: `${field}[${i}]`, message: `Area sconosciuta: ${code}` });
  });
  if (new Set(areas).size !== areas.length)
    errors.push({ field, message: 'Un\u2019area è ripetuta' });
  return errors;
}

async function householdErrors(
  ctx: CaseworkContext,
  householdId: string,
  subjectId: string,
  field: string,
): Promise<FieldError[]> {
  const members = await ctx.services.registry.householdMembers(callerOf(ctx), householdId);
  if (!members) return [{ field, message: 'Nucleo non trovato nell\u2019anagrafe dell\u2019ente' }];
  if (!members.has(subjectId))
    return [{ field, message: 'La persona non è un componente di questo nucleo' }];
  return [];
}

/** The next case number of the tenant for `year`; the counter row stays locked until commit. */
async function nextCaseNumber(em: EntityManager, tenantId: string, year: number): Promise<string> {
  const rows = await em.execute<{ last_number: number }[]>(
    `insert into casework.case_counter (tenant_id, year, last_number) values (?, ?, 1)
     on conflict (tenant_id, year) do update set last_number = casework.case_counter.last_number + 1
     returning last_number`,
    [tenantId, year],
  );
  return formatCaseNumber(year, rows[0]!.last_number);
}

/** The subject's case that is still open or suspended, if any (a person has at most one). */
export function openCaseOf(em: EntityManager, subjectId: string): Promise<SocialCase | null> {
  return em.findOne(SocialCase, { subjectId, status: { $in: ['OPEN', 'SUSPENDED'] } });
}

/**
 * Presa in carico: opens the case of a registry subject with a responsible, areas and the
 * household. The responsible is the équipe's first member; the caseworker who opens it joins as
 * a member. A referral not yet decided is accepted into it.
 */
export async function openSocialCase(
  ctx: CaseworkContext,
  input: OpenSocialCaseInput,
): Promise<SocialCase> {
  const { principal, tenantId, caller } = caseworkCaller(ctx);
  demand(canTakeInCharge(caller), principal);
  const day = today();
  const errors: FieldError[] = [];
  if (input.openedAt > day)
    errors.push({ field: 'input.openedAt', message: 'La presa in carico non può essere futura' });
  // Three other services at once (none touches this request's transaction).
  const [config, colleagues, subjectFound] = await Promise.all([
    ctx.services.config.forTenant(callerOf(ctx), tenantId),
    ctx.services.configReader.caseworkers(callerOf(ctx)),
    ctx.services.registry.subjectExists(callerOf(ctx), input.subjectId),
  ]);
  errors.push(
    ...areaErrors(input.areas, config.listCodes(CASE_AREAS_LIST) ?? new Set(), 'input.areas'),
  );
  if (!colleagues.has(input.responsibleId))
    errors.push({
      field: 'input.responsibleId',
      message:
        'Il responsabile deve essere un operatore o un responsabile del servizio dell\u2019ente',
    });
  if (!subjectFound)
    errors.push({
      field: 'input.subjectId',
      message: 'Soggetto non trovato nell\u2019anagrafe dell\u2019ente',
    });
  else if (input.householdId)
    errors.push(
      ...(await householdErrors(ctx, input.householdId, input.subjectId, 'input.householdId')),
    );
  let referral: Referral | null = null;
  if (input.referralId) {
    referral = isUuid(input.referralId)
      ? await ctx.em.findOne(
          Referral,
          { id: input.referralId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        )
      : null;
    if (!referral) errors.push({ field: 'input.referralId', message: 'Segnalazione non trovata' });
    else if (referral.status === 'NOT_ACCEPTED' || referral.socialCaseId)
      errors.push({
        field: 'input.referralId',
        message: referral.socialCaseId
          ? 'La segnalazione è già in una cartella'
          : 'La segnalazione non è stata accolta',
      });
    else if (referral.subjectId && referral.subjectId !== input.subjectId)
      errors.push({
        field: 'input.referralId',
        message: 'La segnalazione riguarda un\u2019altra persona',
      });
    else if (input.openedAt < todayInItaly(referral.receivedAt))
      errors.push({
        field: 'input.openedAt',
        message: `La presa in carico non può precedere la segnalazione (${formatItalianDate(todayInItaly(referral.receivedAt))})`,
      });
  }
  if (subjectFound) {
    const existing = await openCaseOf(ctx.em, input.subjectId);
    if (existing)
      errors.push({
        field: 'input.subjectId',
        message: `La persona ha già la cartella ${existing.number} (${existing.status === 'OPEN' ? 'aperta' : 'sospesa'}): unire la segnalazione a quella`,
      });
  }
  const custom = await ctx.services.config.validate(
    callerOf(ctx),
    tenantId,
    'SOCIAL_CASE',
    input.customFields,
    undefined,
    { areas: input.areas },
  );
  errors.push(...custom.errors.map((e) => ({ ...e, field: `input.${e.field}` })));
  if (errors.length) throw new BadUserInputError(errors);

  const now = new Date();
  const socialCase = ctx.em.create(SocialCase, {
    id: randomUUID(),
    tenantId,
    number: await nextCaseNumber(ctx.em, tenantId, Number(input.openedAt.slice(0, 4))),
    subjectId: input.subjectId,
    householdId: input.householdId ?? null,
    status: 'OPEN',
    openedAt: input.openedAt,
    referralId: referral?.id ?? null,
    responsibleId: input.responsibleId,
    responsibleName: colleagues.get(input.responsibleId)!,
    areas: [...input.areas],
    customFields: custom.values,
    createdAt: now,
    createdBy: principal.name,
    updatedAt: now,
  });
  const team: TeamMembership[] = [
    { userId: input.responsibleId, role: 'RESPONSIBLE', since: input.openedAt, until: null },
  ];
  if (principal.subjectId !== input.responsibleId)
    team.push({ userId: principal.subjectId, role: 'MEMBER', since: input.openedAt, until: null });
  writeTeam(ctx, socialCase, team);
  if (referral) {
    referral.socialCaseId = socialCase.id;
    referral.subjectId = input.subjectId;
    if (referral.status !== 'ACCEPTED') {
      referral.status = 'ACCEPTED';
      referral.triagedAt = now;
      referral.triagedBy = principal.name;
    }
  }
  recordEvent(ctx, socialCase, 'OPENED', {
    responsibleId: input.responsibleId,
    areas: input.areas,
    householdId: input.householdId ?? null,
    referralId: referral?.id ?? null,
  });
  await flushOpening(ctx);
  return socialCase;
}

/** The partial unique index that keeps one open or suspended case per person. */
const ONE_OPEN_CASE = 'social_case_one_open_per_subject';

/** Flushes a case that opens, answering a lost race for the same person as the field error it is. */
async function flushOpening(ctx: CaseworkContext, field = 'input.subjectId'): Promise<void> {
  try {
    await ctx.em.flush();
  } catch (error) {
    if (
      (error as { code?: string }).code === '23505' &&
      String((error as Error).message).includes(ONE_OPEN_CASE)
    )
      throw BadUserInputError.field(
        field,
        'La persona ha già una cartella aperta o sospesa: unire la segnalazione a quella',
      );
    throw error;
  }
}

function writeTeam(ctx: CaseworkContext, socialCase: SocialCase, team: readonly TeamMembership[]) {
  team.forEach((m, position) =>
    ctx.em.create(CaseTeamMember, {
      id: randomUUID(),
      tenantId: socialCase.tenantId,
      caseId: socialCase.id,
      userId: m.userId,
      role: m.role,
      since: m.since,
      until: m.until,
      position,
    }),
  );
}

function requireWritable(socialCase: SocialCase): void {
  if (!isCaseWritable(socialCase.status))
    throw BadUserInputError.field('id', 'La cartella è chiusa: riaprirla per modificarla');
}

/** Changes the areas and the household of a case: only what the input names. */
export async function updateSocialCase(
  ctx: CaseworkContext,
  id: string,
  input: SocialCaseUpdateInput,
  expectedVersion: number,
): Promise<SocialCase> {
  const socialCase = await lockedCase(ctx, id, 'CONTENT');
  checkExpectedVersion(socialCase.version, expectedVersion);
  requireWritable(socialCase);
  const { tenantId } = caseworkCaller(ctx);
  const errors: FieldError[] = [];
  const changes: Record<string, unknown> = {};
  if (input.areas != null) {
    const config = await ctx.services.config.forTenant(callerOf(ctx), tenantId);
    errors.push(
      ...areaErrors(input.areas, config.listCodes(CASE_AREAS_LIST) ?? new Set(), 'input.areas'),
    );
    changes.areas = { from: socialCase.areas, to: input.areas };
  }
  if (input.householdId !== undefined && input.householdId !== socialCase.householdId) {
    if (input.householdId !== null)
      errors.push(
        ...(await householdErrors(
          ctx,
          input.householdId,
          socialCase.subjectId,
          'input.householdId',
        )),
      );
    changes.householdId = { from: socialCase.householdId ?? null, to: input.householdId };
  }
  let customFields: CustomFieldValues | null = null;
  if (input.customFields != null) {
    const custom = await ctx.services.config.validate(
      callerOf(ctx),
      tenantId,
      'SOCIAL_CASE',
      input.customFields,
      (socialCase.customFields ?? {}) as CustomFieldValues,
      { areas: input.areas ?? socialCase.areas },
    );
    errors.push(...custom.errors.map((e) => ({ ...e, field: `input.${e.field}` })));
    if (JSON.stringify(custom.values) !== JSON.stringify(socialCase.customFields ?? {})) {
      customFields = custom.values;
      changes.customFields = { from: socialCase.customFields ?? {}, to: custom.values };
    }
  }
  if (errors.length) throw new BadUserInputError(errors);
  if (!Object.keys(changes).length) return socialCase;
  if (customFields) socialCase.customFields = customFields;
  if (input.areas != null) socialCase.areas = [...input.areas];
  if ('householdId' in changes) socialCase.householdId = input.householdId ?? null;
  socialCase.updatedAt = new Date();
  recordEvent(ctx, socialCase, 'UPDATED', changes);
  await ctx.em.flush();
  return socialCase;
}

/** Replaces the équipe (every dated membership): one responsible at a time, one today. */
export async function setCaseTeam(
  ctx: CaseworkContext,
  id: string,
  members: readonly CaseTeamMemberInput[],
  expectedVersion: number,
): Promise<SocialCase> {
  const socialCase = await lockedCase(ctx, id, 'EXISTENCE');
  const { principal, caller } = caseworkCaller(ctx);
  demand(canDirectCase(caller, socialCase.responsibleId), principal);
  checkExpectedVersion(socialCase.version, expectedVersion);
  requireWritable(socialCase);
  const day = today();
  const team: TeamMembership[] = members.map((m) => ({
    userId: m.userId,
    role: m.role,
    since: m.since,
    until: m.until ?? null,
  }));
  const errors = teamErrors(team, day);
  const colleagues = await ctx.services.configReader.caseworkers(callerOf(ctx));
  const previous = await ctx.em.find(CaseTeamMember, { caseId: socialCase.id });
  const known = new Set(previous.map((m) => m.userId));
  team.forEach((m, i) => {
    // Someone who left the comune's staff may stay in the team's past, not join it anew.
    if (!colleagues.has(m.userId) && !(known.has(m.userId) && m.until !== null && m.until < day))
      errors.push({
        field: `members[${i}].userId`,
        message: 'Non è un operatore o un responsabile del servizio dell\u2019ente',
      });
    if (m.since < socialCase.openedAt)
      errors.push({
        field: `members[${i}].since`,
        message: 'Prima dell\u2019apertura della cartella',
      });
  });
  if (errors.length) throw new BadUserInputError(errors);
  for (const old of previous) ctx.em.remove(old);
  writeTeam(ctx, socialCase, team);
  socialCase.responsibleId = responsibleOn(team, day)!.userId;
  socialCase.responsibleName =
    colleagues.get(socialCase.responsibleId) ?? socialCase.responsibleName;
  socialCase.updatedAt = new Date();
  recordEvent(ctx, socialCase, 'TEAM_SET', { from: memberships(previous), to: team });
  await ctx.em.flush();
  return socialCase;
}

/** Moves a case to `to` (suspend, reopen) when its life allows it. */
export async function changeCaseStatus(
  ctx: CaseworkContext,
  id: string,
  to: Exclude<SocialCaseStatus, 'CLOSED'>,
  expectedVersion: number,
): Promise<SocialCase> {
  const socialCase = await lockedCase(ctx, id, 'EXISTENCE');
  const { principal, caller } = caseworkCaller(ctx);
  demand(canDirectCase(caller, socialCase.responsibleId), principal);
  checkExpectedVersion(socialCase.version, expectedVersion);
  const refusal = statusChangeRefusal(socialCase.status, to);
  if (refusal) throw BadUserInputError.field('id', refusal);
  if (to === 'OPEN' && socialCase.status === 'CLOSED') {
    const other = await openCaseOf(ctx.em, socialCase.subjectId);
    if (other)
      throw BadUserInputError.field('id', `La persona ha già la cartella aperta ${other.number}`);
  }
  const from = socialCase.status;
  socialCase.status = to;
  if (to === 'OPEN') {
    socialCase.closedAt = null;
    socialCase.closureReason = null;
  }
  socialCase.updatedAt = new Date();
  recordEvent(ctx, socialCase, to === 'OPEN' ? 'REOPENED' : 'SUSPENDED', { from, to });
  await flushOpening(ctx, 'id');
  return socialCase;
}

/** Closes a case with its date and reason. */
export async function closeSocialCase(
  ctx: CaseworkContext,
  id: string,
  closedAt: string,
  reason: string,
  expectedVersion: number,
): Promise<SocialCase> {
  const socialCase = await lockedCase(ctx, id, 'EXISTENCE');
  const { principal, caller } = caseworkCaller(ctx);
  demand(canDirectCase(caller, socialCase.responsibleId), principal);
  checkExpectedVersion(socialCase.version, expectedVersion);
  const refusal = statusChangeRefusal(socialCase.status, 'CLOSED');
  if (refusal) throw BadUserInputError.field('id', refusal);
  const errors = closureErrors({ openedAt: socialCase.openedAt, closedAt, reason }, today());
  if (errors.length) throw new BadUserInputError(errors);
  const from = socialCase.status;
  socialCase.status = 'CLOSED';
  socialCase.closedAt = closedAt;
  socialCase.closureReason = reason.trim();
  socialCase.updatedAt = new Date();
  recordEvent(ctx, socialCase, 'CLOSED', { from, closedAt, reason: reason.trim() });
  await ctx.em.flush();
  return socialCase;
}
