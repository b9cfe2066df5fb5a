import type { ConfigClient, RequestContext, SubgraphName } from '@sisa/kernel';
import type { Pool } from 'pg';

export interface SiussServices {
  /** The tenant's custom fields and the `siuss_service` list, from the config subgraph. */
  config: ConfigClient;
  /** Plain connections of the service role for the bulk paths (COPY imports, transmission cursors). */
  pool: Pool;
  /** Where transmissions are kept: `<dataDir>/siuss/<tenant>/<transmission>/`. */
  dataDir: string;
  subgraphUrls: Partial<Record<SubgraphName, string>>;
}

export type SiussContext = RequestContext<SiussServices>;
