import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../logging';
import type { Principal, Role, Scope } from '../auth/principal';
import { requireAccess, type Access } from '../auth/access';
import type { ReadAudit } from '../audit/readAudit';

/** What every resolver receives: who calls, for which tenant, and the operation's unit of work. */
export interface RequestContext<TServices = unknown> {
  /** The gateway's id of the request (a subgraph called directly makes its own). */
  requestId: string;
  /** The caller's own `X-Request-Id`, forwarded by the gateway for correlation only. */
  correlationId?: string | null;
  /** The name of the caller's operation at the gateway (what the read audit shows people). */
  clientOperation?: string | null;
  principal: Principal | null;
  tenantId: string | null;
  userId: string | null;
  roles: Role[];
  scopes: Scope[];
  /** The raw `Authorization` header, forwarded on calls to other subgraphs. */
  authorization: string | null;
  /** The operation's own entity manager fork, inside its tenant-bound transaction. */
  em: EntityManager;
  logger: Logger;
  services: TServices;
  /** Per-request DataLoaders (never shared across requests, so never across tenants). */
  loaders: Map<string, DataLoader<unknown, unknown>>;
  /** Set by the unit-of-work plugin while the operation's transaction is open. */
  transactionOpen: boolean;
  /**
   * The caller's address: the peer, or the one a trusted gateway forwards in `X-Forwarded-For`
   * (Express `trust proxy`, set by the subgraph that needs it). Null when unknown.
   */
  clientAddress: string | null;
  /** The records the operation returns, written as one `read_audit` row at its end. */
  audit: ReadAudit;
}

/** The caller's identity to forward on calls to other subgraphs. */
export function callerOf(ctx: RequestContext<unknown>): {
  authorization: string | null;
  requestId: string;
} {
  return { authorization: ctx.authorization, requestId: ctx.requestId };
}

/** Checks `access` for the caller and returns the tenant the operation runs in. */
export function tenantOf(ctx: RequestContext<unknown>, access: Access): string {
  return requireAccess(ctx.principal, access).tenantId;
}

const queues = new WeakMap<object, Promise<unknown>>();

/**
 * Runs a request's database work one piece at a time. Every query of an operation shares its
 * transaction, hence one connection, and DataLoaders of different kinds (or several indicator
 * keys) dispatch in the same tick: pg 8 queues overlapping queries with a deprecation warning,
 * and pg 9 refuses them. Never nest: work given to `inTurn` must not call `inTurn` itself.
 */
export function inTurn<T>(ctx: RequestContext<unknown>, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(ctx) ?? Promise.resolve()).then(work, work);
  queues.set(
    ctx,
    next.catch(() => undefined),
  );
  return next;
}

/**
 * The request's DataLoader named `name`, created on first use. `batch` receives the keys and
 * must return one value (or null) per key, in order.
 */
export function loaderOf<K, V>(
  ctx: RequestContext<unknown>,
  name: string,
  batch: (keys: readonly K[]) => Promise<(V | null)[]>,
): DataLoader<K, V | null> {
  let loader = ctx.loaders.get(name) as DataLoader<K, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V | null>(batch, { cache: true });
    ctx.loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders rows to match `keys` (DataLoader's contract), null where a key has no row. */
export function byKeys<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
): (V | null)[] {
  const map = new Map<K, V>();
  for (const row of rows) map.set(keyOf(row), row);
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups rows by key, in `keys` order, an empty list where a key has none. */
export function groupByKeys<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const list = map.get(key);
    if (list) list.push(row);
    else map.set(key, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}
