import type { SubgraphManifest } from '@sisa/kernel';
import { caseworkManifest } from '@sisa/casework';
import { configManifest } from '@sisa/config';
import { registryManifest } from '@sisa/registry';
import { reiManifest } from '@sisa/rei';
import { siussManifest } from '@sisa/siuss';

/** A subgraph as the platform runs it: its manifest (module, seeds, entry point, SDL…). */
export type PlatformSubgraph = SubgraphManifest;

/**
 * The subgraphs of the platform, in dependency order (migrations and seeds run in this order;
 * config first). Adding a subgraph is its folder under `subgraphs/` and one line here: the
 * launcher, the database roles and schemas, the supergraph (`npm run compose`), the scopes and
 * config's measurement types all follow from this list.
 */
export const PLATFORM_SUBGRAPHS: readonly PlatformSubgraph[] = [
  configManifest,
  registryManifest,
  reiManifest,
  siussManifest,
  caseworkManifest,
];
