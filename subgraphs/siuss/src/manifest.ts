import { join } from 'node:path';
import type { SubgraphManifest } from '@sisa/kernel';
import { seedSiussDemo, siussModule, siussSdlFiles } from './server';
import { SIUSS_INDICATOR_FIELDS } from './indicators/vocabulary';

/** The siuss subgraph as the composition root (`platform/src/subgraphs.ts`) lists it: the SIUSS debito informativo: social benefits, imports, INPS flows. */
export const siussManifest: SubgraphManifest = {
  name: 'siuss',
  port: 4004,
  label: 'SIUSS',
  scopeDomain: 'siuss',
  personalData: true,
  measurement: {
    type: 'SiussMeasurement',
    entities: ['SOCIAL_BENEFIT'],
    fields: SIUSS_INDICATOR_FIELDS,
  },
  configSdl: join(__dirname, 'configSchema.graphql'),
  sdl: siussSdlFiles,
  module: siussModule,
  seedDemo: seedSiussDemo,
  main: require.resolve('./main'),
};
