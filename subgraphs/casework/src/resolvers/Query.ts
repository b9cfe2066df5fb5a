import { inTurn, pageOf, toLimitOffset, toOrderBy, wellFormedIds } from '@sisa/kernel';
import { Referral } from '../entities/referral.entity';
import { INBOX_ORDER, referralRepository } from '../entities/referral.repository';
import { referralListScope } from '../services/referralWrites';
import { REFERRAL_SORT } from './sorts';
import type { Resolvers } from '../generated/resolvers';

export const QueryResolvers: Resolvers = {
  Query: {
    async referral(_, { id }, ctx) {
      const createdById = referralListScope(ctx);
      if (!wellFormedIds([id]).length) return null;
      return ctx.em.findOne(Referral, createdById === null ? { id } : { id, createdById });
    },

    async referrals(_, args, ctx) {
      const createdById = referralListScope(ctx);
      const { limit, offset } = toLimitOffset(args);
      const orderBy = toOrderBy(args.sort, REFERRAL_SORT, { ...INBOX_ORDER });
      const [items, total] = await inTurn(ctx, () =>
        referralRepository.list(ctx.em, args.filter ?? {}, createdById, orderBy, limit, offset),
      );
      return pageOf(args, items, total);
    },
  },
};
