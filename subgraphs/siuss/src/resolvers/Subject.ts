import { tenantOf } from '@sisa/kernel';
import { benefitsOfFiscalCode } from './loaders';
import type { Resolvers } from '../generated/resolvers';

export const SubjectResolvers: Resolvers = {
  Subject: {
    __resolveReference: (ref: { fiscalCode: string }) => ({ fiscalCode: ref.fiscalCode }),
    /** Batched: every subject of a list costs one SQL query together. */
    async socialBenefits(subject: { fiscalCode: string }, _args, ctx) {
      tenantOf(ctx, { domain: 'siuss', level: 'read' });
      return (await benefitsOfFiscalCode(ctx).load(subject.fiscalCode)) ?? [];
    },
  },
};
