import { todayInItaly } from '@sisa/italia';
import { measurementResolver, type ResolverMap } from '@sisa/kernel';
import { SIUSS_CATALOGS } from '../indicators/catalog';
import type { SiussContext } from '../context';

export const SiussMeasurementResolvers: ResolverMap<SiussContext> = {
  SiussMeasurement: {
    /** Computes one indicator of benefit records in the caller's tenant. */
    __resolveReference: measurementResolver({
      domain: 'siuss',
      catalogs: SIUSS_CATALOGS,
      today: todayInItaly,
    }),
  },
};
