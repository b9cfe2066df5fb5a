import type { EntityManager } from '@mikro-orm/postgresql';
import { CONFIG_CHANNEL, type ConfigChange } from '@sisa/kernel';

async function notify(em: EntityManager, change: ConfigChange): Promise<void> {
  await em.execute('select pg_notify(?, ?)', [CONFIG_CHANNEL, JSON.stringify(change)]);
}

/**
 * Records a change of a tenant's configuration: its version grows (the tenant row stays locked
 * until commit, so concurrent changes of one tenant take turns) and every subgraph's config
 * client hears of it — PostgreSQL delivers the NOTIFY at commit, and never on rollback.
 */
export async function announceTenantChange(em: EntityManager, tenantId: string): Promise<number> {
  const rows = await em.execute<{ config_version: number }[]>(
    'update config.tenant set config_version = config_version + 1 where id = ? returning config_version',
    [tenantId],
  );
  const version = rows[0]?.config_version;
  if (version === undefined) throw new Error(`Ente ${tenantId} inesistente`);
  await notify(em, { tenantId, version });
  return version;
}

/** Announces a platform-level change (parameter sets, system lists). */
export function announcePlatformChange(em: EntityManager): Promise<void> {
  return notify(em, { scope: 'platform' });
}

/** The tenant's configuration version (0 before its first change) and its calendar. */
export async function tenantConfigHeader(
  em: EntityManager,
  tenantId: string,
): Promise<{ version: number; patronSaintDay: string | null }> {
  const rows = await em.execute<{ config_version: number; patron_saint_day: string | null }[]>(
    'select config_version, patron_saint_day from config.tenant where id = ?',
    [tenantId],
  );
  return {
    version: rows[0]?.config_version ?? 0,
    patronSaintDay: rows[0]?.patron_saint_day ?? null,
  };
}
