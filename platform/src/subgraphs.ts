import type { Orm, SubgraphModule, SubgraphName } from '@sisa/kernel';
import { configModule, seedConfigDemo, syncConfigReferenceData } from '@sisa/config';
import { registryModule, seedRegistryDemo } from '@sisa/registry';
import { seedSiussDemo, siussModule } from '@sisa/siuss';
import { reiModule, seedReiDemo } from '@sisa/rei';
import type { DemoSeed } from './seed';

/** A subgraph as the platform runs it: its module, its demo seed, and how to start its process. */
export interface PlatformSubgraph {
  name: SubgraphName;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  module: SubgraphModule<any>;
  seedDemo: DemoSeed;
  /** Reference data every installation needs (not demo data): idempotent, run after the migrations. */
  syncReferenceData?: (orm: Orm) => Promise<void>;
  /** The compiled entry point, resolved from the subgraph's package. */
  main: string;
}

/** The subgraphs, in dependency order (migrations and seeds run in this order). */
export const PLATFORM_SUBGRAPHS: PlatformSubgraph[] = [
  {
    name: 'config',
    module: configModule,
    seedDemo: seedConfigDemo,
    syncReferenceData: syncConfigReferenceData,
    main: require.resolve('@sisa/config/main'),
  },
  {
    name: 'registry',
    module: registryModule,
    seedDemo: seedRegistryDemo,
    main: require.resolve('@sisa/registry/main'),
  },
  {
    name: 'rei',
    module: reiModule,
    seedDemo: seedReiDemo,
    main: require.resolve('@sisa/rei/main'),
  },
  {
    name: 'siuss',
    module: siussModule,
    seedDemo: seedSiussDemo,
    main: require.resolve('@sisa/siuss/main'),
  },
];
