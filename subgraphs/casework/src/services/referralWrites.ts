import { randomUUID } from 'node:crypto';
import { BadUserInputError, callerOf, NotFoundError, type FieldError } from '@sisa/kernel';
import { canCreateReferral, canTakeInCharge } from '../domain/caseAccess';
import {
  referralErrors,
  triageErrors,
  URGENCY_RANK,
  type TriageDecision,
} from '../domain/referral';
import type { ReferralInput } from '../generated/resolvers';
import { Referral } from '../entities/referral.entity';
import { referralRepository } from '../entities/referral.repository';
import type { CaseworkContext } from '../context';
import { caseworkCaller, demand } from './caller';
import { lockedCase, recordEvent } from './caseWrites';

export const REFERRAL_SOURCES_LIST = 'referral_sources';

/** `subjectId` must be a subject of the caller's registry (the registry answers with its rules). */
async function subjectErrors(
  ctx: CaseworkContext,
  field: string,
  subjectId: string,
): Promise<FieldError[]> {
  const exists = await ctx.services.registry.subjectExists(callerOf(ctx), subjectId);
  return exists
    ? []
    : [{ field, message: 'Soggetto non trovato nell\u2019anagrafe dell\u2019ente' }];
}

/** Registers a referral (a caseworker, a supervisor, or a school's system with `casework:referrals`). */
export async function createReferral(
  ctx: CaseworkContext,
  input: ReferralInput,
): Promise<Referral> {
  const { principal, tenantId, caller } = caseworkCaller(ctx);
  demand(canCreateReferral(caller), principal, 'casework:referrals');
  const config = await ctx.services.config.forTenant(callerOf(ctx), tenantId);
  const now = new Date();
  const errors = referralErrors(
    { ...input, receivedAt: input.receivedAt?.toISOString() ?? null },
    config.listCodes(REFERRAL_SOURCES_LIST) ?? new Set(),
    now,
  );
  if (input.subjectId) {
    if (principal.kind === 'client')
      errors.push({
        field: 'input.subjectId',
        message:
          'Un client API indica la persona con una descrizione: la collega all\u2019anagrafe l\u2019operatore',
      });
    else errors.push(...(await subjectErrors(ctx, 'input.subjectId', input.subjectId)));
  }
  const custom = await ctx.services.config.validate(
    callerOf(ctx),
    tenantId,
    'REFERRAL',
    input.customFields,
    undefined,
    { source: input.source, urgency: input.urgency },
  );
  errors.push(...custom.errors.map((e) => ({ ...e, field: `input.${e.field}` })));
  if (errors.length) throw new BadUserInputError(errors);
  const referral = ctx.em.create(Referral, {
    id: randomUUID(),
    tenantId,
    receivedAt: input.receivedAt ?? now,
    source: input.source,
    urgency: input.urgency,
    urgencyRank: URGENCY_RANK[input.urgency],
    subjectId: input.subjectId ?? null,
    personDescription: input.personDescription?.trim() || null,
    description: input.description.trim(),
    status: 'RECEIVED',
    customFields: custom.values,
    createdAt: now,
    createdBy: principal.name,
    createdByKind: principal.kind,
    createdById: principal.subjectId,
  });
  await ctx.em.flush();
  return referral;
}

/** The referral the caller may triage, locked; NOT_FOUND when unknown or another tenant's. */
async function referralToTriage(ctx: CaseworkContext, id: string) {
  const who = caseworkCaller(ctx);
  demand(canTakeInCharge(who.caller), who.principal);
  const referral = await referralRepository.forUpdate(ctx.em, id);
  if (!referral) throw new NotFoundError('Segnalazione non trovata');
  return { who, referral };
}

const isDecided = (referral: Referral) =>
  referral.status === 'ACCEPTED' || referral.status === 'NOT_ACCEPTED';

/** Links the referral to a registry subject (created or found by the caseworker), until decided. */
export async function linkReferralSubject(
  ctx: CaseworkContext,
  id: string,
  subjectId: string,
): Promise<Referral> {
  const { referral } = await referralToTriage(ctx, id);
  if (isDecided(referral))
    throw BadUserInputError.field('id', 'La segnalazione è già stata valutata');
  const errors = await subjectErrors(ctx, 'subjectId', subjectId);
  if (errors.length) throw new BadUserInputError(errors);
  referral.subjectId = subjectId;
  await ctx.em.flush();
  return referral;
}

/** Takes a received referral into triage. */
export async function startReferralTriage(ctx: CaseworkContext, id: string): Promise<Referral> {
  const { referral } = await referralToTriage(ctx, id);
  if (referral.status !== 'RECEIVED')
    throw BadUserInputError.field('id', 'Solo una segnalazione ricevuta si prende in valutazione');
  referral.status = 'IN_TRIAGE';
  await ctx.em.flush();
  return referral;
}

/** Decides on a referral: accepted (the person in the registry) or not accepted (with a note). */
export async function triageReferral(
  ctx: CaseworkContext,
  id: string,
  decision: TriageDecision,
  note: string | null | undefined,
  caseId?: string | null,
): Promise<Referral> {
  const { who, referral } = await referralToTriage(ctx, id);
  if (caseId && decision !== 'ACCEPT')
    throw BadUserInputError.field(
      'caseId',
      'Si unisce a una cartella solo una segnalazione accolta',
    );
  const errors = triageErrors(
    { status: referral.status, subjectId: referral.subjectId ?? null },
    decision,
    note,
  );
  const joined = caseId && !errors.length ? await caseToJoin(ctx, caseId, referral) : null;
  if (errors.length) throw new BadUserInputError(errors);
  if (joined) {
    referral.socialCaseId = joined.id;
    recordEvent(ctx, joined, 'REFERRAL_JOINED', { referralId: referral.id });
  }
  referral.status = decision === 'ACCEPT' ? 'ACCEPTED' : 'NOT_ACCEPTED';
  referral.triageNote = note?.trim() || null;
  referral.triagedAt = new Date();
  referral.triagedBy = who.principal.name;
  await ctx.em.flush();
  return referral;
}

/** The open or suspended case of the referral's person that an accepted referral joins. */
async function caseToJoin(ctx: CaseworkContext, caseId: string, referral: Referral) {
  const socialCase = await lockedCase(ctx, caseId, 'EXISTENCE');
  if (socialCase.status === 'CLOSED')
    throw BadUserInputError.field('caseId', 'La cartella è chiusa: riaprirla o aprirne una nuova');
  if (socialCase.subjectId !== referral.subjectId)
    throw BadUserInputError.field('caseId', 'La cartella è di un’altra persona');
  return socialCase;
}
