import { createHousehold, updateHousehold } from '../services/householdWrites';
import { addHouseholdMember, removeHouseholdMember } from '../services/membershipWrites';
import { recordIsee } from '../services/iseeWrites';
import { archiveSubject, createSubject, updateSubject } from '../services/subjectWrites';
import type { Resolvers } from '../generated/resolvers';

export const MutationResolvers: Resolvers = {
  Mutation: {
    createSubject: (_, { input }, ctx) => createSubject(ctx, input),

    updateSubject: (_, args, ctx) => updateSubject(ctx, args.id, args.input, args.expectedVersion),

    deleteSubject: (_, { id }, ctx) => archiveSubject(ctx, id),

    createHousehold: (_, { input }, ctx) => createHousehold(ctx, input),

    updateHousehold: (_, args, ctx) =>
      updateHousehold(ctx, args.id, args.input, args.expectedVersion),

    addHouseholdMember: (_, args, ctx) =>
      addHouseholdMember(
        ctx,
        args.householdId,
        { subjectId: args.subjectId, relationship: args.relationship, since: args.since },
        args.expectedVersion,
      ),

    removeHouseholdMember: (_, args, ctx) =>
      removeHouseholdMember(
        ctx,
        args.householdId,
        args.subjectId,
        args.until,
        args.expectedVersion,
      ),

    recordIsee: (_, args, ctx) =>
      recordIsee(ctx, args.householdId, args.input, args.expectedVersion),
  },
};
