import { inTurn, pageOf, toLimitOffset, toOrderBy } from '@sisa/kernel';
import { socialCaseRepository } from '../entities/socialCase.repository';
import { caseLoader } from '../services/caseAccess';
import { caseAccessLog, requireCaseLister } from '../services/caseReads';
import { caseworkCaller } from '../services/caller';
import { todayInItalyThisSecond as today } from '@sisa/italia';
import { access } from './SocialCase';
import { INBOX_ORDER, referralRepository } from '../entities/referral.repository';
import { referralListScope, visibleReferral } from '../services/referralReads';
import { REFERRAL_SORT, SOCIAL_CASE_SORT } from './sorts';
import type { Resolvers } from '../generated/resolvers';

export const QueryResolvers: Resolvers = {
  Query: {
    referral: (_, { id }, ctx) => visibleReferral(ctx, id),

    async referrals(_, args, ctx) {
      const createdById = referralListScope(ctx);
      const { limit, offset } = toLimitOffset(args);
      const orderBy = toOrderBy(args.sort, REFERRAL_SORT, { ...INBOX_ORDER });
      const [items, total] = await inTurn(ctx, () =>
        referralRepository.list(ctx.em, args.filter ?? {}, createdById, orderBy, limit, offset),
      );
      return pageOf(args, items, total);
    },

    async socialCase(_, { id }, ctx) {
      requireCaseLister(ctx);
      const socialCase = await caseLoader(ctx).load(id);
      if (!socialCase || (await access(ctx, socialCase)) === 'NONE') return null;
      return socialCase;
    },

    async socialCases(_, args, ctx) {
      requireCaseLister(ctx);
      const { principal } = caseworkCaller(ctx);
      const { limit, offset } = toLimitOffset(args);
      const orderBy = toOrderBy(args.sort, SOCIAL_CASE_SORT, { openedAt: 'desc', id: 'desc' });
      const { mine, ...filter } = args.filter ?? {};
      const [items, total] = await inTurn(ctx, () =>
        socialCaseRepository.list(
          ctx.em,
          { ...filter, teamMemberId: mine ? principal.subjectId : null },
          today(),
          orderBy,
          limit,
          offset,
        ),
      );
      return pageOf(args, items, total);
    },

    caseAccessLog: (_, args, ctx) => caseAccessLog(ctx, args.caseId, args),
  },
};
