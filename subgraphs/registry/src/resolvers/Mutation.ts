import type { ResolverMap } from '@sisa/kernel';
import type { IseeInput } from '../domain/iseeRules';
import type { SubjectInput, SubjectUpdateInput } from '../domain/subjectRules';
import { createHousehold, updateHousehold } from '../services/householdWrites';
import {
  addHouseholdMember,
  removeHouseholdMember,
  type NewMember,
} from '../services/membershipWrites';
import { recordIsee } from '../services/iseeWrites';
import { archiveSubject, createSubject, updateSubject } from '../services/subjectWrites';
import type { RegistryContext } from '../context';

type SubjectWrite = SubjectInput & { customFields?: unknown };

export const MutationResolvers: ResolverMap<RegistryContext> = {
  Mutation: {
    createSubject: (_: unknown, { input }: { input: SubjectWrite }, ctx: RegistryContext) =>
      createSubject(ctx, input),

    updateSubject: (
      _: unknown,
      args: {
        id: string;
        input: SubjectUpdateInput & { customFields?: unknown };
        expectedVersion: number;
      },
      ctx: RegistryContext,
    ) => updateSubject(ctx, args.id, args.input, args.expectedVersion),

    deleteSubject: (_: unknown, { id }: { id: string }, ctx: RegistryContext) =>
      archiveSubject(ctx, id),

    createHousehold: (
      _: unknown,
      { input }: { input: { members: NewMember[]; customFields?: unknown } },
      ctx: RegistryContext,
    ) => createHousehold(ctx, input),

    updateHousehold: (
      _: unknown,
      args: { id: string; input: { customFields?: unknown }; expectedVersion: number },
      ctx: RegistryContext,
    ) => updateHousehold(ctx, args.id, args.input, args.expectedVersion),

    addHouseholdMember: (
      _: unknown,
      args: {
        householdId: string;
        subjectId: string;
        relationship: string;
        since?: string | null;
        expectedVersion?: number | null;
      },
      ctx: RegistryContext,
    ) =>
      addHouseholdMember(
        ctx,
        args.householdId,
        { subjectId: args.subjectId, relationship: args.relationship, since: args.since },
        args.expectedVersion,
      ),

    removeHouseholdMember: (
      _: unknown,
      args: {
        householdId: string;
        subjectId: string;
        until?: string | null;
        expectedVersion?: number | null;
      },
      ctx: RegistryContext,
    ) =>
      removeHouseholdMember(
        ctx,
        args.householdId,
        args.subjectId,
        args.until,
        args.expectedVersion,
      ),

    recordIsee: (
      _: unknown,
      args: { householdId: string; input: IseeInput; expectedVersion?: number | null },
      ctx: RegistryContext,
    ) => recordIsee(ctx, args.householdId, args.input, args.expectedVersion),
  },
};
