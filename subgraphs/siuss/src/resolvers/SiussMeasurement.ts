import { todayInItaly } from '@sisa/italia';
import { measurementResolver } from '@sisa/kernel';
import { SIUSS_CATALOGS } from '../indicators/catalog';
import type { Resolvers } from '../generated/resolvers';

export const SiussMeasurementResolvers: Resolvers = {
  SiussMeasurement: {
    /** Computes one indicator of benefit records in the caller's tenant. */
    __resolveReference: measurementResolver({
      domain: 'siuss',
      catalogs: SIUSS_CATALOGS,
      today: todayInItaly,
    }),
  },
};
