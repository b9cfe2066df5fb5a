import { requireAccess, tenantOf, type Principal } from '@sisa/kernel';
import type { ConfigContext } from '../context';

/** Reading configuration: any role of the tenant; API clients need `config:read`. */
export function readConfig(ctx: ConfigContext): string {
  return tenantOf(ctx, { domain: 'config', level: 'read' });
}

/** Writing configuration: TENANT_ADMIN of the tenant, or PLATFORM_ADMIN acting in it. */
export function administer(ctx: ConfigContext): { principal: Principal; tenantId: string } {
  return requireAccess(ctx.principal, { admin: 'tenant' });
}
