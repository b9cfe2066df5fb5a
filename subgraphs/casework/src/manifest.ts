import { join } from 'node:path';
import type { SubgraphManifest } from '@sisa/kernel';
import { CASEWORK_INDICATOR_FIELDS } from './indicators/vocabulary';
import { caseworkModule, caseworkSdlFiles, seedCaseworkDemo } from './server';

/** The casework subgraph as the composition root (`platform/src/subgraphs.ts`) lists it: the Cartella Sociale Informatizzata. */
export const caseworkManifest: SubgraphManifest = {
  name: 'casework',
  port: 4005,
  label: 'cartella sociale',
  scopeDomain: 'casework',
  extraScopes: ['referrals'],
  personalData: true,
  measurement: {
    type: 'CaseworkMeasurement',
    entities: ['SOCIAL_CASE', 'REFERRAL'],
    fields: CASEWORK_INDICATOR_FIELDS,
  },
  configSdl: join(__dirname, 'configSchema.graphql'),
  sdl: caseworkSdlFiles,
  module: caseworkModule,
  seedDemo: seedCaseworkDemo,
  main: require.resolve('./main'),
};
