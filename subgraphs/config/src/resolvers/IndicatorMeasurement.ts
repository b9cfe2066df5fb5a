import { encodeMeasurementKey, measuringSubgraph, type IndicatorSpec } from '@sisa/kernel';
import type {
  IndicatorMeasurementResolvers as MeasurementTypeResolvers,
  Resolvers,
} from '../generated/resolvers';

/** A measurement reference, resolved by the domain that owns the entity (`<Domain>Measurement`). */
export interface MeasurementReference {
  __typename: string;
  spec: string;
}

/** While the domain that owns the entity is absent from the platform: why there is no measurement. */
export interface UnavailableMeasurementShape {
  __typename: 'UnavailableMeasurement';
  value: null;
  groups: [];
  computedAt: Date;
  error: string;
}

export type MeasurementShape = MeasurementReference | UnavailableMeasurementShape;

/** The measurement types config declares (one per measuring domain of the platform). */
type MeasurementTypeName = NonNullable<
  Awaited<ReturnType<MeasurementTypeResolvers['__resolveType']>>
>;

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

export const IndicatorMeasurementResolvers: Resolvers = {
  IndicatorMeasurement: {
    // A domain's type name comes from its manifest at runtime (SISA_SUBGRAPHS): config declares
    // exactly those types (configSdlFiles), which TypeScript cannot see.
    __resolveType: (measurement: MeasurementShape) => measurement.__typename as MeasurementTypeName,
  },
};
