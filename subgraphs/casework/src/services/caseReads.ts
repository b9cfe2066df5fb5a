import {
  BadUserInputError,
  byKeys,
  ForbiddenError,
  groupByKeys,
  inTurn,
  isUuid,
  loaderOf,
  pageOf,
  toLimitOffset,
  type PageArgs,
} from '@sisa/kernel';
import { canReadCaseAccessLog, CASE_SUPERVISOR, type CaseAccess } from '../domain/caseAccess';
import { Assessment } from '../entities/assessment.entity';
import { CaseDocument } from '../entities/caseDocument.entity';
import { CaseItem } from '../entities/caseItem.entity';
import { CaseEvent } from '../entities/caseEvent.entity';
import { DiaryEntry } from '../entities/diaryEntry.entity';
import {
  DIARY_QUERY_MAX,
  diaryRepository,
  type DiaryListFilter,
} from '../entities/diaryEntry.repository';
import { SocialCase } from '../entities/socialCase.entity';
import type { CaseworkContext } from '../context';
import { caseWith } from './caseAccess';
import { caseworkCaller, demand } from './caller';

/** Whether the caller lists cases at all: caseworkers, supervisors, admins, clients with casework:read. */
export function requireCaseLister(ctx: CaseworkContext): void {
  const { principal, caller } = caseworkCaller(ctx);
  const allowed =
    caller.kind === 'client'
      ? caller.scopes.includes('casework:read')
      : caller.roles.some((r) =>
          ['CASEWORKER', CASE_SUPERVISOR, 'TENANT_ADMIN', 'PLATFORM_ADMIN'].includes(r),
        );
  demand(allowed, principal, 'casework:read');
}

/** A case's problems or resources, batched per request. */
export function itemsLoader(ctx: CaseworkContext, kind: 'PROBLEM' | 'RESOURCE') {
  return loaderOf<string, CaseItem[]>(ctx, `items:${kind}`, async (caseIds) => {
    const rows = await inTurn(ctx, () =>
      ctx.em.find(
        CaseItem,
        { caseId: { $in: [...caseIds] }, kind },
        { orderBy: { createdAt: 'asc', id: 'asc' } },
      ),
    );
    return groupByKeys(caseIds, rows, (r) => r.caseId);
  });
}

/** A case's assessments, the most recent first, batched per request. */
export function assessmentsLoader(ctx: CaseworkContext) {
  return loaderOf<string, Assessment[]>(ctx, 'assessments', async (caseIds) => {
    const rows = await inTurn(ctx, () =>
      ctx.em.find(
        Assessment,
        { caseId: { $in: [...caseIds] } },
        { orderBy: { assessedAt: 'desc', createdAt: 'desc' } },
      ),
    );
    return groupByKeys(caseIds, rows, (r) => r.caseId);
  });
}

/** A case's documents, the most recent first, batched per request. */
export function documentsLoader(ctx: CaseworkContext) {
  return loaderOf<string, CaseDocument[]>(ctx, 'documents', async (caseIds) => {
    const rows = await inTurn(ctx, () =>
      ctx.em.find(
        CaseDocument,
        { caseId: { $in: [...caseIds] } },
        { orderBy: { uploadedAt: 'desc', id: 'desc' } },
      ),
    );
    return groupByKeys(caseIds, rows, (r) => r.caseId);
  });
}

/** A case's history, oldest first. */
export function caseHistory(ctx: CaseworkContext, caseId: string): Promise<CaseEvent[]> {
  return inTurn(ctx, () =>
    ctx.em.find(CaseEvent, { caseId }, { orderBy: { at: 'asc', id: 'asc' } }),
  );
}

/** The cases of each subject the caller may see, newest first, batched per request. */
export function casesOfSubjectLoader(ctx: CaseworkContext) {
  return loaderOf<string, SocialCase[]>(ctx, 'casesOfSubject', async (subjectIds) => {
    const valid = subjectIds.filter(isUuid);
    const rows = valid.length
      ? await inTurn(ctx, () =>
          ctx.em.find(
            SocialCase,
            { subjectId: { $in: valid } },
            { orderBy: { openedAt: 'desc', id: 'desc' } },
          ),
        )
      : [];
    return groupByKeys(subjectIds, rows, (r) => r.subjectId);
  });
}

/** A page of the case's diary as the caller may read it; empty without CONTENT access. */
export async function diaryPage(
  ctx: CaseworkContext,
  socialCase: SocialCase,
  access: CaseAccess,
  filter: DiaryListFilter,
  args: PageArgs,
) {
  const { limit, offset } = toLimitOffset(args);
  if ((filter.q?.length ?? 0) > DIARY_QUERY_MAX)
    throw BadUserInputError.field('filter.q', `Al massimo ${DIARY_QUERY_MAX} caratteri`);
  if (access !== 'CONTENT') return pageOf(args, [], 0);
  const { caller } = caseworkCaller(ctx);
  const reader = {
    userId: caller.subjectId,
    readsRestricted:
      caller.roles.includes(CASE_SUPERVISOR) || caller.subjectId === socialCase.responsibleId,
  };
  const [items, total] = await inTurn(ctx, () =>
    diaryRepository.page(ctx.em, socialCase.id, filter, reader, limit, offset),
  );
  return pageOf(args, items, total);
}

interface AccessRow {
  at: Date;
  actor: string;
  actor_kind: string;
  operation: string | null;
  root_fields: string[];
  special_fields: string[];
}

/** Who read the case, newest first, from the subgraph's read audit. */
export async function caseAccessLog(ctx: CaseworkContext, caseId: string, args: PageArgs) {
  const { socialCase } = await caseWith(ctx, caseId, 'EXISTENCE');
  const { principal, caller } = caseworkCaller(ctx);
  if (!canReadCaseAccessLog(caller, socialCase.responsibleId))
    throw new ForbiddenError(
      principal.kind === 'client'
        ? undefined
        : 'Il registro degli accessi è del responsabile del caso e del servizio',
    );
  const { limit, offset } = toLimitOffset(args);
  const [rows, counted] = await inTurn(ctx, async () => [
    await ctx.em.execute<AccessRow[]>(
      `select at, actor, actor_kind, operation, root_fields, special_fields
         from casework.read_audit where social_case_ids @> array[?]::uuid[]
        order by at desc, id desc limit ? offset ?`,
      [socialCase.id, limit, offset],
    ),
    await ctx.em.execute<{ n: number }[]>(
      `select count(*)::int as n from casework.read_audit where social_case_ids @> array[?]::uuid[]`,
      [socialCase.id],
    ),
  ]);
  const items = rows.map((r) => ({
    at: r.at,
    actor: r.actor,
    actorKind: r.actor_kind,
    operation: r.operation,
    rootFields: r.root_fields,
    specialFields: r.special_fields,
  }));
  return pageOf(args, items, counted[0]?.n ?? 0);
}

/** Diary entries by id (the entries amendments point to), batched per request. */
export function diaryEntryLoader(ctx: CaseworkContext) {
  return loaderOf<string, DiaryEntry>(ctx, 'diaryEntry', async (ids) => {
    const valid = ids.filter(isUuid);
    const rows = valid.length
      ? await inTurn(ctx, () => ctx.em.find(DiaryEntry, { id: { $in: valid } }))
      : [];
    return byKeys(ids, rows, (e) => e.id);
  });
}
