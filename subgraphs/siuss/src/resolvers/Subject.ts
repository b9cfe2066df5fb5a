import { tenantOf, type ResolverMap } from '@sisa/kernel';
import type { SiussContext } from '../context';
import { benefitsOfFiscalCode } from './loaders';

export const SubjectResolvers: ResolverMap<SiussContext> = {
  Subject: {
    __resolveReference: (ref: { fiscalCode: string }) => ({ fiscalCode: ref.fiscalCode }),
    /** Batched: every subject of a list costs one SQL query together. */
    async socialBenefits(subject: { fiscalCode: string }, _args: unknown, ctx: SiussContext) {
      tenantOf(ctx, { domain: 'siuss', level: 'read' });
      return (await benefitsOfFiscalCode(ctx).load(subject.fiscalCode)) ?? [];
    },
  },
};
