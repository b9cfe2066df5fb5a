import { tenantOf } from '@sisa/kernel';
import { applicationsByHouseholdLoader } from './loaders';
import type { Resolvers } from '../generated/resolvers';

// The registry owns Household; rei adds the applications, one query for any number of households.
export const HouseholdResolvers: Resolvers = {
  Household: {
    reiApplications(household: { id: string }, _, ctx) {
      tenantOf(ctx, { domain: 'rei', level: 'read' });
      return applicationsByHouseholdLoader(ctx).load(household.id);
    },
  },
};
