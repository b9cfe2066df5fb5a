import { callerOf, SubgraphClient } from '@sisa/kernel';
import type { SiussContext } from '../context';
import { SiussTenantDocument } from '../generated/config';

/** The system value list of SIUSS service codes (a tenant may extend it). */
export const SIUSS_SERVICE_LIST = 'siuss_service';

export interface ServiceCatalog {
  codes: ReadonlySet<string> | undefined;
  name(code: string): string | null;
}

/** The tenant's SIUSS service codes and names, from the config subgraph (cached there). */
export async function serviceCatalog(ctx: SiussContext, tenantId: string): Promise<ServiceCatalog> {
  const config = await ctx.services.config.forTenant(callerOf(ctx), tenantId);
  const list = config.valueList(SIUSS_SERVICE_LIST);
  return {
    codes: config.listCodes(SIUSS_SERVICE_LIST),
    name: (code) => list?.items.find((i) => i.code === code)?.label ?? null,
  };
}

export interface TenantInfo {
  belfioreCode: string;
  name: string;
}

/** The tenant's Belfiore code and name (Ente of the flows), from the config subgraph. */
export async function tenantInfo(ctx: SiussContext, tenantId: string): Promise<TenantInfo> {
  const client = new SubgraphClient('config', ctx.services.subgraphUrls);
  const data = await client.request(callerOf(ctx), SiussTenantDocument, { id: tenantId });
  if (!data.tenant) throw new Error(`ente ${tenantId} non trovato nel servizio config`);
  return data.tenant;
}
