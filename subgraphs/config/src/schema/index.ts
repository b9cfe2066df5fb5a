import { KERNEL_SDL, MEASUREMENT_TYPES, type SubgraphName } from '@sisa/kernel';

export type MeasurementType = (typeof MEASUREMENT_TYPES)[keyof typeof MEASUREMENT_TYPES];

/** The domain subgraph that computes each measurement type. */
export const MEASUREMENT_OWNERS: Record<MeasurementType, SubgraphName> = {
  RegistryMeasurement: 'registry',
  ReiMeasurement: 'rei',
  SiussMeasurement: 'siuss',
};

/**
 * Measurement types whose owning subgraph is part of the supergraph. Composition refuses a
 * `@key(resolvable: false)` type nobody resolves, so a domain joins here — one line — when its
 * subgraph joins `gateway/subgraphs.json` (a test checks that the SDL lists there agree). Until
 * then its indicators answer an `UnavailableMeasurement` that says why.
 */
export const MEASURED_TYPES: ReadonlySet<MeasurementType> = new Set<MeasurementType>([
  'RegistryMeasurement',
  'ReiMeasurement',
  'SiussMeasurement',
]);

/** The config subgraph's SDL files after the kernel's common one, relative to `src/`. */
export const CONFIG_SDL_FILES: readonly string[] = [
  KERNEL_SDL.indicators,
  'schema/identity.graphql',
  'schema/configuration.graphql',
  ...[...MEASURED_TYPES].map((type) => `schema/measurements/${type}.graphql`),
];
