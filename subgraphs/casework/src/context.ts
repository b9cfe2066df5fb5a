import type { ConfigClient, RequestContext } from '@sisa/kernel';
import type { RegistryReader } from './services/registryReader';

export interface CaseworkServices {
  /** The tenant's value lists (referral_sources, case_areas, diary_kinds…), from the config subgraph. */
  config: ConfigClient;
  /** Subjects of the registry, read with the caller's token. */
  registry: RegistryReader;
}

export type CaseworkContext = RequestContext<CaseworkServices>;
