import { measurementResolver, type ResolverMap } from '@sisa/kernel';
import { REI_INDICATOR_CATALOGS } from '../indicators/catalogs';
import type { ReiContext } from '../context';
import { today } from './today';

export const ReiMeasurementResolvers: ResolverMap<ReiContext> = {
  ReiMeasurement: {
    /** Computes one indicator of REI applications in the caller's tenant. */
    __resolveReference: measurementResolver({
      domain: 'rei',
      catalogs: REI_INDICATOR_CATALOGS,
      today,
    }),
  },
};
