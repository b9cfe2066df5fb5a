import { casesOfSubjectLoader, requireCaseLister } from '../services/caseReads';
import type { Resolvers } from '../generated/resolvers';

export const SubjectResolvers: Resolvers = {
  Subject: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    /** Batched: every subject of a list costs one SQL query together. */
    async socialCases(subject, _args, ctx) {
      requireCaseLister(ctx);
      return (await casesOfSubjectLoader(ctx).load(subject.id)) ?? [];
    },
  },
};
