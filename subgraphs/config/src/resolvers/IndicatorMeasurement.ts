import {
  encodeMeasurementKey,
  measuringSubgraph,
  type IndicatorSpec,
  type ResolverMap,
} from '@sisa/kernel';
import type { ConfigContext } from '../context';

/** A measurement reference (resolved by the owning domain) or, while that domain is absent, why not. */
export type MeasurementShape =
  | { __typename: string; spec: string }
  | {
      __typename: 'UnavailableMeasurement';
      value: null;
      groups: [];
      computedAt: Date;
      error: string;
    };

/**
 * The measurement of a spec: a federation reference typed by the domain that owns the entity,
 * whose key carries the spec — the gateway sends each domain's references in one `_entities` call.
 */
export function measurementOf(indicatorId: string, spec: IndicatorSpec): MeasurementShape {
  const measuring = measuringSubgraph(spec.entity);
  if (measuring)
    return {
      __typename: measuring.measurement.type,
      spec: encodeMeasurementKey({ indicatorId, spec }),
    };
  return {
    __typename: 'UnavailableMeasurement',
    value: null,
    groups: [],
    computedAt: new Date(),
    error:
      'Indicatore non ancora calcolabile: il servizio che ne custodisce i dati non fa ancora parte della piattaforma',
  };
}

export const IndicatorMeasurementResolvers: ResolverMap<ConfigContext> = {
  IndicatorMeasurement: {
    __resolveType: (measurement: MeasurementShape) => measurement.__typename,
  },
};
