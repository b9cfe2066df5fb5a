import type { SubgraphManifest } from '@sisa/kernel';
import { configModule, seedConfigDemo, syncConfigReferenceData } from './server';
import { CONFIG_SCOPES_SDL, configSdlFiles } from './schema';

/** The config subgraph as the composition root (`platform/src/subgraphs.ts`) lists it: the tenants, users, API clients and their configuration (fields, lists, indicators, parameter sets); it issues the tokens. */
export const configManifest: SubgraphManifest = {
  name: 'config',
  port: 4001,
  label: 'configurazione',
  scopeDomain: 'config',
  personalData: false,
  configSdl: CONFIG_SCOPES_SDL,
  sdl: configSdlFiles,
  module: configModule,
  seedDemo: seedConfigDemo,
  syncReferenceData: syncConfigReferenceData,
  main: require.resolve('./main'),
};
