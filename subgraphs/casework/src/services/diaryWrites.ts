import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/core';
import {
  applyUpdate,
  BadUserInputError,
  callerOf,
  ForbiddenError,
  isUuid,
  NotFoundError,
} from '@sisa/kernel';
import { canReadDiaryEntry } from '../domain/caseAccess';
import { isCaseWritable } from '../domain/caseStatus';
import { amendmentRefusal, diaryEntryErrors, draftChangeRefusal } from '../domain/diary';
import { DiaryEntry } from '../entities/diaryEntry.entity';
import type { SocialCase } from '../entities/socialCase.entity';
import type { CaseworkContext } from '../context';
import type { DiaryEntryInput, DiaryEntryUpdateInput } from '../generated/resolvers';
import { caseworkCaller } from './caller';
import { lockedCase } from './caseWrites';

export const DIARY_KINDS_LIST = 'diary_kinds';

async function checkInput(ctx: CaseworkContext, input: DiaryEntryInput): Promise<void> {
  const { tenantId } = caseworkCaller(ctx);
  const config = await ctx.services.config.forTenant(callerOf(ctx), tenantId);
  const errors = diaryEntryErrors(
    { ...input, occurredAt: input.occurredAt.toISOString() },
    config.listCodes(DIARY_KINDS_LIST) ?? new Set(),
    new Date(),
  );
  if (errors.length) throw new BadUserInputError(errors);
}

function requireWritable(socialCase: SocialCase): void {
  if (!isCaseWritable(socialCase.status))
    throw BadUserInputError.field('caseId', 'La cartella è chiusa: il diario non si modifica');
}

const values = (input: DiaryEntryInput) => ({
  occurredAt: input.occurredAt,
  kind: input.kind,
  text: input.text,
  confidentiality: input.confidentiality ?? 'NORMAL',
  participants: (input.participants ?? []).map((p) => p.trim()),
});

/** A new draft in the case's diary, by the caller (the équipe of the case, supervisors). */
export async function writeDiaryEntry(
  ctx: CaseworkContext,
  caseId: string,
  input: DiaryEntryInput,
  amendsId: string | null = null,
): Promise<DiaryEntry> {
  const socialCase = await lockedCase(ctx, caseId, 'CONTENT');
  requireWritable(socialCase);
  await checkInput(ctx, input);
  const { principal, tenantId } = caseworkCaller(ctx);
  const now = new Date();
  const entry = ctx.em.create(DiaryEntry, {
    id: randomUUID(),
    tenantId,
    caseId: socialCase.id,
    ...values(input),
    authorId: principal.subjectId,
    authorName: principal.name,
    signedAt: null,
    amendsId,
    createdAt: now,
    updatedAt: now,
  });
  await ctx.em.flush();
  return entry;
}

/** The entry `id` locked, in a case the caller has content access to, and that they may read. */
async function lockedEntry(ctx: CaseworkContext, id: string) {
  const entry = isUuid(id)
    ? await ctx.em.findOne(DiaryEntry, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE })
    : null;
  if (!entry) throw new NotFoundError('Annotazione non trovata');
  const socialCase = await lockedCase(ctx, entry.caseId, 'CONTENT');
  const { caller } = caseworkCaller(ctx);
  const visible = canReadDiaryEntry(
    caller,
    {
      authorId: entry.authorId,
      confidentiality: entry.confidentiality,
      signedAt: entry.signedAt?.toISOString() ?? null,
    },
    socialCase.responsibleId,
  );
  if (!visible) throw new NotFoundError('Annotazione non trovata');
  return { entry, socialCase };
}

function refuse(message: string | null): void {
  if (message) throw new ForbiddenError(message);
}

/**
 * Changes a draft (its author only): the fields the input names, the others as they are (a
 * restricted draft stays restricted unless its author says otherwise).
 */
export async function updateDiaryEntry(
  ctx: CaseworkContext,
  id: string,
  patch: DiaryEntryUpdateInput,
): Promise<DiaryEntry> {
  const { entry, socialCase } = await lockedEntry(ctx, id);
  refuse(
    draftChangeRefusal(
      { authorId: entry.authorId, signedAt: entry.signedAt?.toISOString() ?? null },
      caseworkCaller(ctx).principal.subjectId,
    ),
  );
  requireWritable(socialCase);
  const current: DiaryEntryInput = {
    occurredAt: entry.occurredAt,
    kind: entry.kind,
    text: entry.text,
    confidentiality: entry.confidentiality,
    participants: entry.participants,
  };
  const { values: input, errors } = applyUpdate(current, patch, [
    'occurredAt',
    'kind',
    'text',
    'confidentiality',
  ]);
  if (errors.length) throw new BadUserInputError(errors);
  await checkInput(ctx, input);
  Object.assign(entry, values(input), { updatedAt: new Date() });
  await ctx.em.flush();
  return entry;
}

/** Signs a draft (its author only): from then on it never changes. */
export async function signDiaryEntry(ctx: CaseworkContext, id: string): Promise<DiaryEntry> {
  const { entry, socialCase } = await lockedEntry(ctx, id);
  refuse(
    draftChangeRefusal(
      { authorId: entry.authorId, signedAt: entry.signedAt?.toISOString() ?? null },
      caseworkCaller(ctx).principal.subjectId,
    ),
  );
  requireWritable(socialCase);
  entry.signedAt = new Date();
  entry.updatedAt = entry.signedAt;
  await ctx.em.flush();
  return entry;
}

/** Amends a signed entry with a new draft that points to it. */
export async function amendDiaryEntry(
  ctx: CaseworkContext,
  id: string,
  input: DiaryEntryInput,
): Promise<DiaryEntry> {
  const { entry } = await lockedEntry(ctx, id);
  const refusal = amendmentRefusal({
    authorId: entry.authorId,
    signedAt: entry.signedAt?.toISOString() ?? null,
  });
  if (refusal) throw BadUserInputError.field('id', refusal);
  // The correction of a restricted entry repeats what it corrects: it stays restricted.
  if (entry.confidentiality === 'RESTRICTED' && input.confidentiality !== 'RESTRICTED')
    throw BadUserInputError.field(
      'input.confidentiality',
      'La rettifica di un\u2019annotazione riservata è anch\u2019essa riservata',
    );
  return writeDiaryEntry(ctx, entry.caseId, input, entry.id);
}
