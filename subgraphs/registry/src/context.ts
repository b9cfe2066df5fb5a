import type { ConfigClient, RequestContext } from '@sisa/kernel';

export interface RegistryServices {
  /** The tenant's custom fields and value lists (`relationship`), from the config subgraph. */
  config: ConfigClient;
}

export type RegistryContext = RequestContext<RegistryServices>;
