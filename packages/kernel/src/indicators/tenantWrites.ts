import { Client } from 'pg';
import type { Logger } from '../logging';

/** The PostgreSQL channel on which every process announces a tenant's committed writes. */
export const TENANT_WRITE_CHANNEL = 'sisa_tenant_write';

/**
 * Each tenant's count of writes this process knows of: its own, and those other processes
 * (replicas of the same subgraph) announce on `TENANT_WRITE_CHANNEL`. A measurement remembers
 * the count it was computed at, so any write makes the tenant's figures stale within moments.
 */
const writes = new Map<string, number>();
/** Bumped when a listener is lost: announcements may have been missed, so every figure is stale. */
let epoch = 0;
/** The connections listening in this process (one per subgraph server; tests run several). */
const listeners = new Set<Client>();

/**
 * Marks a tenant's data as changed, after its transaction committed (the unit-of-work plugin
 * calls it after each mutation, bulk imports after theirs), and tells the other processes.
 */
export function noteTenantWrite(tenantId: string): void {
  writes.set(tenantId, (writes.get(tenantId) ?? 0) + 1);
  const [announcer] = listeners;
  announcer
    ?.query('select pg_notify($1, $2)', [TENANT_WRITE_CHANNEL, tenantId])
    .catch(() => undefined);
}

/** What a tenant's cached figures are keyed by: the writes known of it, and the epoch. */
export function tenantWriteMark(tenantId: string): string {
  return `${epoch}.${writes.get(tenantId) ?? 0}`;
}

/**
 * Listens for the writes other processes announce, until the returned function is called;
 * a connection lost is opened again after a second (and every cached figure dropped).
 */
export async function listenForTenantWrites(
  databaseUrl: string,
  logger: Logger,
): Promise<() => Promise<void>> {
  let stopped = false;
  let current: Client | null = null;
  const listen = async (): Promise<void> => {
    const client = new Client({ connectionString: databaseUrl });
    client.on('notification', (message) => {
      const tenantId = message.payload ?? '';
      writes.set(tenantId, (writes.get(tenantId) ?? 0) + 1);
    });
    client.on('error', (error) => {
      logger.warn({ err: error }, 'tenant-write listener lost; reconnecting');
      listeners.delete(client);
      epoch += 1;
      if (!stopped) setTimeout(() => void listen().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`listen ${TENANT_WRITE_CHANNEL}`);
    current = client;
    listeners.add(client);
  };
  await listen();
  return async () => {
    stopped = true;
    if (!current) return;
    listeners.delete(current);
    await current.end().catch(() => undefined);
  };
}
