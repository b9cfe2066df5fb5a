import type { ConfigClient, RequestContext, SubgraphName } from '@sisa/kernel';
import type { Pool } from 'pg';
import type { ImportLimits } from './services/importLimits';
import type { ImportQueue } from './services/importQueue';
import type { TenantSlots } from './services/tenantSlots';

export interface SiussServices {
  /** The tenant's custom fields and the `siuss_service` list, from the config subgraph. */
  config: ConfigClient;
  /**
   * The kernel's `bulkPool`: raw connections of the service role for the bulk paths (COPY
   * imports, transmission cursors), each transaction bound to its tenant by `withTenant`.
   */
  pool: Pool;
  /** Transmission previews running in this process: one per tenant, a few in all. */
  previewSlots: TenantSlots;
  /** Where transmissions are kept: `<dataDir>/siuss/<tenant>/<transmission>/`. */
  dataDir: string;
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** Limits per imported file and imports at a time (per process), from the environment. */
  importLimits: ImportLimits;
  /** The queue of imports (PostgreSQL): this process's workers run the queued imports of any replica. */
  imports: ImportQueue;
}

export type SiussContext = RequestContext<SiussServices>;
