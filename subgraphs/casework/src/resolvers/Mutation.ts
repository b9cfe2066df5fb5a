import {
  createReferral,
  linkReferralSubject,
  startReferralTriage,
  triageReferral,
} from '../services/referralWrites';
import type { Resolvers } from '../generated/resolvers';

export const MutationResolvers: Resolvers = {
  Mutation: {
    createReferral: (_, { input }, ctx) => createReferral(ctx, input),
    linkReferralSubject: (_, { id, subjectId }, ctx) => linkReferralSubject(ctx, id, subjectId),
    startReferralTriage: (_, { id }, ctx) => startReferralTriage(ctx, id),
    triageReferral: (_, { id, decision, note }, ctx) => triageReferral(ctx, id, decision, note),
  },
};
