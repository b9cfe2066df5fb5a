import { auditedAs, wellFormedIds } from '@sisa/kernel';
import { Referral } from '../entities/referral.entity';
import { referralListScope } from '../services/referralWrites';
import type { Resolvers } from '../generated/resolvers';

/** A referral as the contract shows it; every one returned is noted in the read audit. */
export const ReferralResolvers: Resolvers = {
  Referral: {
    async __resolveReference(ref, ctx) {
      const createdById = referralListScope(ctx);
      if (!wellFormedIds([ref.id]).length) return null;
      return ctx.em.findOne(
        Referral,
        createdById === null ? { id: ref.id } : { id: ref.id, createdById },
      );
    },
    __isTypeOf: auditedAs<Referral>('Referral', (r) => r.id),
    subject: (referral) =>
      referral.subjectId ? { __typename: 'Subject', id: referral.subjectId } : null,
  },
};
