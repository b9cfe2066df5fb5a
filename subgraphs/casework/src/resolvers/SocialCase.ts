import { auditedAs } from '@sisa/kernel';
import { referralLoader } from '../services/referralReads';
import { allows, type CaseAccess } from '../domain/caseAccess';
import type { SocialCase } from '../entities/socialCase.entity';
import { accessTo, caseLoader, teamLoader } from '../services/caseAccess';
import {
  assessmentsLoader,
  caseHistory,
  diaryPage,
  documentsLoader,
  itemsLoader,
} from '../services/caseReads';
import type { CaseworkContext } from '../context';
import { DOCUMENTS_PATH } from '../http/documents';
import type { Resolvers } from '../generated/resolvers';

const accessOfRequest = new WeakMap<object, Map<string, Promise<CaseAccess>>>();

/** The caller's access to the case, computed once per case and request. */
export function access(ctx: CaseworkContext, socialCase: SocialCase): Promise<CaseAccess> {
  let byCase = accessOfRequest.get(ctx);
  if (!byCase) accessOfRequest.set(ctx, (byCase = new Map()));
  let cached = byCase.get(socialCase.id);
  if (!cached) byCase.set(socialCase.id, (cached = accessTo(ctx, socialCase)));
  return cached;
}

/** `value` when the caller sees at least the case's metadata, else `empty`. */
async function withMetadata<T>(
  ctx: CaseworkContext,
  socialCase: SocialCase,
  value: () => T | Promise<T>,
  empty: T,
): Promise<T> {
  return allows(await access(ctx, socialCase), 'METADATA') ? value() : empty;
}

const user = (id: string) => ({ __typename: 'User' as const, id });

/** A case as the contract shows it: what the caller may see of it, every one noted in the read audit. */
export const SocialCaseResolvers: Resolvers = {
  SocialCase: {
    async __resolveReference(ref, ctx) {
      const socialCase = await caseLoader(ctx).load(ref.id);
      if (!socialCase || (await access(ctx, socialCase)) === 'NONE') return null;
      return socialCase;
    },
    __isTypeOf: auditedAs<SocialCase>('SocialCase', (c) => c.id),
    access: (socialCase, _args, ctx) =>
      access(ctx, socialCase).then((a) => (a === 'NONE' ? 'EXISTENCE' : a)),
    subject: (socialCase) => ({ __typename: 'Subject', id: socialCase.subjectId }),
    responsible: (socialCase) => user(socialCase.responsibleId),
    household: (socialCase, _args, ctx) =>
      withMetadata(
        ctx,
        socialCase,
        () =>
          socialCase.householdId
            ? { __typename: 'Household' as const, id: socialCase.householdId }
            : null,
        null,
      ),
    closureReason: (socialCase, _args, ctx) =>
      withMetadata(ctx, socialCase, () => socialCase.closureReason ?? null, null),
    customFields: (socialCase, _args, ctx) =>
      withMetadata(ctx, socialCase, () => socialCase.customFields ?? {}, null),
    /** What was reported (a school's or hospital's words) is content: the équipe's only. */
    async referral(socialCase, _args, ctx) {
      if ((await access(ctx, socialCase)) !== 'CONTENT' || !socialCase.referralId) return null;
      return referralLoader(ctx).load(socialCase.referralId);
    },
    areas: (socialCase, _args, ctx) => withMetadata(ctx, socialCase, () => socialCase.areas, []),
    team: (socialCase, _args, ctx) =>
      withMetadata(
        ctx,
        socialCase,
        async () =>
          ((await teamLoader(ctx).load(socialCase.id)) ?? []).map((m) => ({
            user: user(m.userId),
            role: m.role,
            since: m.since,
            until: m.until ?? null,
          })),
        [],
      ),
    problems: (socialCase, _args, ctx) =>
      withMetadata(
        ctx,
        socialCase,
        async () => (await itemsLoader(ctx, 'PROBLEM').load(socialCase.id)) ?? [],
        [],
      ),
    resources: (socialCase, _args, ctx) =>
      withMetadata(
        ctx,
        socialCase,
        async () => (await itemsLoader(ctx, 'RESOURCE').load(socialCase.id)) ?? [],
        [],
      ),
    /** Who did what and when; what changed (scores, reasons, problems) only with CONTENT access. */
    async history(socialCase, _args, ctx) {
      const seen = await access(ctx, socialCase);
      if (!allows(seen, 'METADATA')) return [];
      const events = await caseHistory(ctx, socialCase.id);
      return seen === 'CONTENT' ? events : events.map((e) => ({ ...e, changes: null }));
    },
    async documents(socialCase, _args, ctx) {
      if ((await access(ctx, socialCase)) !== 'CONTENT') return [];
      return (await documentsLoader(ctx).load(socialCase.id)) ?? [];
    },
    async assessments(socialCase, _args, ctx) {
      if ((await access(ctx, socialCase)) !== 'CONTENT') return [];
      return (await assessmentsLoader(ctx).load(socialCase.id)) ?? [];
    },
    async diary(socialCase, args, ctx) {
      return diaryPage(ctx, socialCase, await access(ctx, socialCase), args.filter ?? {}, args);
    },
  },
  CaseDocument: {
    uploadedBy: (d) => ({ __typename: 'User', id: d.uploadedById }),
    url: (d) => `${DOCUMENTS_PATH}/${d.id}`,
  },
  CaseProblem: {
    member: (item) => (item.memberId ? { __typename: 'Subject', id: item.memberId } : null),
  },
  CaseResource: {
    member: (item) => (item.memberId ? { __typename: 'Subject', id: item.memberId } : null),
  },
};
