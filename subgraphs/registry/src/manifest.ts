import { join } from 'node:path';
import type { SubgraphManifest } from '@sisa/kernel';
import { registryModule, registrySdlFiles, seedRegistryDemo } from './server';
import { REGISTRY_INDICATOR_FIELDS } from './indicators/vocabulary';

/** The registry subgraph as the composition root (`platform/src/subgraphs.ts`) lists it: the anagrafe: subjects, households, ISEE. */
export const registryManifest: SubgraphManifest = {
  name: 'registry',
  port: 4002,
  label: 'anagrafe',
  scopeDomain: 'registry',
  personalData: true,
  measurement: {
    type: 'RegistryMeasurement',
    entities: ['SUBJECT', 'HOUSEHOLD'],
    fields: REGISTRY_INDICATOR_FIELDS,
  },
  configSdl: join(__dirname, 'configSchema.graphql'),
  sdl: registrySdlFiles,
  module: registryModule,
  seedDemo: seedRegistryDemo,
  main: require.resolve('./main'),
};
