import type { SubgraphModule, SubgraphName } from '@sisa/kernel';
import { configModule, seedConfigDemo } from '@sisa/config';
import { registryModule, seedRegistryDemo } from '@sisa/registry';
import type { DemoSeed } from './seed';

/** A subgraph as the platform runs it: its module, its demo seed, and how to start its process. */
export interface PlatformSubgraph {
  name: SubgraphName;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  module: SubgraphModule<any>;
  seedDemo: DemoSeed;
  /** The compiled entry point, resolved from the subgraph's package. */
  main: string;
}

/** The subgraphs, in dependency order (migrations and seeds run in this order). */
export const PLATFORM_SUBGRAPHS: PlatformSubgraph[] = [
  { name: 'config', module: configModule, seedDemo: seedConfigDemo, main: require.resolve('@sisa/config/main') },
  { name: 'registry', module: registryModule, seedDemo: seedRegistryDemo, main: require.resolve('@sisa/registry/main') },
];
