import { todayInItaly } from '@sisa/italia';
import { measurementResolver } from '@sisa/kernel';
import { CASEWORK_CATALOGS } from '../indicators/catalogs';
import type { Resolvers } from '../generated/resolvers';

export const CaseworkMeasurementResolvers: Resolvers = {
  CaseworkMeasurement: {
    /** Computes one indicator of cases or referrals in the caller's tenant (counts, never content). */
    __resolveReference: measurementResolver({
      domain: 'casework',
      catalogs: CASEWORK_CATALOGS,
      today: todayInItaly,
    }),
  },
};
