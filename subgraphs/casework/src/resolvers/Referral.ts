import { auditedAs } from '@sisa/kernel';
import type { Referral } from '../entities/referral.entity';
import { caseLoader } from '../services/caseAccess';
import { visibleReferral } from '../services/referralReads';
import { access } from './SocialCase';
import type { Resolvers } from '../generated/resolvers';

/** A referral as the contract shows it; every one returned is noted in the read audit. */
export const ReferralResolvers: Resolvers = {
  Referral: {
    __resolveReference: (ref, ctx) => visibleReferral(ctx, ref.id),
    __isTypeOf: auditedAs<Referral>('Referral', (r) => r.id),
    async socialCase(referral, _args, ctx) {
      if (!referral.socialCaseId) return null;
      const socialCase = await caseLoader(ctx).load(referral.socialCaseId);
      return socialCase && (await access(ctx, socialCase)) !== 'NONE' ? socialCase : null;
    },
    customFields: (referral) => referral.customFields ?? {},
    /** The service's own assessment and its registry: people's, never a referring client's. */
    triageNote: (referral, _args, ctx) =>
      ctx.principal?.kind === 'user' ? (referral.triageNote ?? null) : null,
    subject: (referral, _args, ctx) =>
      ctx.principal?.kind !== 'user'
        ? null
        : referral.subjectId
          ? { __typename: 'Subject', id: referral.subjectId }
          : null,
  },
};
