import { todayInItaly } from '@sisa/italia';
import { auditedAs, customFieldsResolver, tenantOf } from '@sisa/kernel';
import { currentIsee } from '../domain/currentIsee';
import { isMemberOn } from '../domain/membershipRules';
import type { Household } from '../entities/household.entity';
import type { IseeAttestation } from '../entities/iseeAttestation.entity';
import {
  attestationsOfHousehold,
  householdLoader,
  membersOfHousehold,
  revisionsOf,
} from './loaders';
import type { Resolvers } from '../generated/resolvers';

export const HouseholdResolvers: Resolvers = {
  Household: {
    __isTypeOf: auditedAs('Household', (household: Household) => household.id),
    __resolveReference(ref: { id: string }, ctx) {
      tenantOf(ctx, { domain: 'registry', level: 'read' });
      return householdLoader(ctx).load(ref.id);
    },
    customFields: customFieldsResolver('HOUSEHOLD'),
    async members(household: Household, { on }, ctx) {
      const date = on ?? todayInItaly();
      const periods = (await membersOfHousehold(ctx).load(household.id)) ?? [];
      return periods.filter((m) => isMemberOn(m, date));
    },
    async memberHistory(household: Household, _args, ctx) {
      return (await membersOfHousehold(ctx).load(household.id)) ?? [];
    },
    async isee(household: Household, { on }, ctx) {
      return currentIsee(
        (await attestationsOfHousehold(ctx).load(household.id)) ?? [],
        on ?? todayInItaly(),
      );
    },
    async iseeHistory(household: Household, _args, ctx) {
      return (await attestationsOfHousehold(ctx).load(household.id)) ?? [];
    },
    async history(household: Household, _args, ctx) {
      return (await revisionsOf(ctx, 'HOUSEHOLD').load(household.id)) ?? [];
    },
  },
  // An attestation answered alone (recordIsee) is a read of its household's economic data.
  IseeAttestation: {
    __isTypeOf: auditedAs('Household', (a: IseeAttestation) => a.household.id),
  },
};
