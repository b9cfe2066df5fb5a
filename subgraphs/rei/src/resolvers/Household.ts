import { tenantOf, type ResolverMap } from '@sisa/kernel';
import type { ReiContext } from '../context';
import { applicationsByHouseholdLoader } from './loaders';

// The registry owns Household; rei adds the applications, one query for any number of households.
export const HouseholdResolvers: ResolverMap<ReiContext> = {
  Household: {
    reiApplications(household: { id: string }, _: unknown, ctx: ReiContext) {
      tenantOf(ctx, { domain: 'rei', level: 'read' });
      return applicationsByHouseholdLoader(ctx).load(household.id);
    },
  },
};
