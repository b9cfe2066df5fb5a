import { todayInItaly } from '@sisa/italia';
import { measurementResolver } from '@sisa/kernel';
import { REGISTRY_CATALOGS } from '../indicators/catalogs';
import type { Resolvers } from '../generated/resolvers';

export const RegistryMeasurementResolvers: Resolvers = {
  RegistryMeasurement: {
    /** Computes one indicator of subjects or households in the caller's tenant. */
    __resolveReference: measurementResolver({
      domain: 'registry',
      catalogs: REGISTRY_CATALOGS,
      today: todayInItaly,
    }),
  },
};
