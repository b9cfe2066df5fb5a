import { todayInItaly } from '@sisa/italia';
import { measurementResolver, type ResolverMap } from '@sisa/kernel';
import { REGISTRY_CATALOGS } from '../indicators/catalogs';
import type { RegistryContext } from '../context';

export const RegistryMeasurementResolvers: ResolverMap<RegistryContext> = {
  RegistryMeasurement: {
    /** Computes one indicator of subjects or households in the caller's tenant. */
    __resolveReference: measurementResolver({
      domain: 'registry',
      catalogs: REGISTRY_CATALOGS,
      today: todayInItaly,
    }),
  },
};
