import { measurementResolver } from '@sisa/kernel';
import { REI_INDICATOR_CATALOGS } from '../indicators/catalogs';
import { todayInItalyThisSecond as today } from '@sisa/italia';
import type { Resolvers } from '../generated/resolvers';

export const ReiMeasurementResolvers: Resolvers = {
  ReiMeasurement: {
    /** Computes one indicator of REI applications in the caller's tenant. */
    __resolveReference: measurementResolver({
      domain: 'rei',
      catalogs: REI_INDICATOR_CATALOGS,
      today,
    }),
  },
};
