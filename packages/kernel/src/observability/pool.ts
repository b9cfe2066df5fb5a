import { Gauge, type Registry } from 'prom-client';
import type { Pool } from 'pg';
import type { Orm } from '../db/orm';

/** A connection pool's state at one moment. */
export interface PoolStats {
  /** Connections open (in use or idle). */
  total: number;
  idle: number;
  /** Callers waiting for a connection. */
  waiting: number;
}

/** Gauges of connection pools, read at every scrape: `sisa_db_pool_connections{pool,state}`. */
export function poolMetrics(registry: Registry, pools: Record<string, () => PoolStats>): void {
  new Gauge({
    name: 'sisa_db_pool_connections',
    help: 'Database pool connections by pool and state (total, idle, waiting callers)',
    labelNames: ['pool', 'state'],
    registers: [registry],
    collect() {
      for (const [pool, read] of Object.entries(pools)) {
        const stats = read();
        this.set({ pool, state: 'total' }, stats.total);
        this.set({ pool, state: 'idle' }, stats.idle);
        this.set({ pool, state: 'waiting' }, stats.waiting);
      }
    },
  });
}

/** The state of a `pg` pool. */
export function pgPoolStats(pool: Pool): PoolStats {
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}

/** The tarn pool Knex keeps under MikroORM 6's PostgreSQL driver. */
interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/** The state of the pool MikroORM queries through. */
export function ormPoolStats(orm: Orm): PoolStats {
  const pool = (orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
  if (!pool) return { total: 0, idle: 0, waiting: 0 };
  const idle = pool.numFree();
  return { total: pool.numUsed() + idle, idle, waiting: pool.numPendingAcquires() };
}
