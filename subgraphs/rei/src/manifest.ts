import { join } from 'node:path';
import type { SubgraphManifest } from '@sisa/kernel';
import { reiModule, reiSdlFiles, seedReiDemo } from './server';
import { REI_INDICATOR_FIELDS } from './indicators/vocabulary';

/** The rei subgraph as the composition root (`platform/src/subgraphs.ts`) lists it: Reddito di Inclusione: applications, checks, benefit, INPS exchange, personalised project. */
export const reiManifest: SubgraphManifest = {
  name: 'rei',
  port: 4003,
  label: 'REI',
  scopeDomain: 'rei',
  personalData: true,
  measurement: {
    type: 'ReiMeasurement',
    entities: ['REI_APPLICATION', 'REI_PROJECT'],
    fields: REI_INDICATOR_FIELDS,
  },
  configSdl: join(__dirname, 'configSchema.graphql'),
  sdl: reiSdlFiles,
  module: reiModule,
  seedDemo: seedReiDemo,
  main: require.resolve('./main'),
};
