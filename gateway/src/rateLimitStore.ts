import type { Pool } from 'pg';

/** A key's counter in its current window, as the store answers. */
export interface WindowCount {
  /** Points counted in the window so far (by every process). */
  points: number;
  /** The window's end, in the store's clock (milliseconds since the epoch): identifies the window. */
  windowEnd: number;
  /** Milliseconds until the window ends. */
  msLeft: number;
}

/**
 * Fixed-window counters shared by the gateway processes. The limiter calls it off the hot path
 * (a lease of points at a time, see `OperationRateLimiter`), so one statement per call.
 */
export interface CounterStore {
  /** Adds `points` to the key's counter (a new window when the last one is over). */
  take(key: string, points: number, windowMs: number): Promise<WindowCount>;
  /** The key's counter without changing it (null: no window running). */
  read(key: string): Promise<WindowCount | null>;
  /** Takes back `points` added in the window ending at `windowEnd`, if it is still running. */
  giveBack(key: string, points: number, windowEnd: number): Promise<void>;
  /** Statements sent to the shared store so far (the bench and the tests look at it). */
  readonly statements: number;
  close(): Promise<void>;
}

/** Counters in this process only (a gateway without a database, or a database down). */
export class MemoryCounterStore implements CounterStore {
  private readonly counters = new Map<string, { points: number; windowEnd: number }>();
  readonly statements = 0;

  async take(key: string, points: number, windowMs: number): Promise<WindowCount> {
    const now = Date.now();
    let c = this.counters.get(key);
    if (!c || c.windowEnd <= now) {
      c = { points: 0, windowEnd: now + windowMs };
      this.counters.set(key, c);
      if (this.counters.size > 100_000) this.sweep(now);
    }
    c.points += points;
    return { points: c.points, windowEnd: c.windowEnd, msLeft: c.windowEnd - now };
  }

  async read(key: string): Promise<WindowCount | null> {
    const now = Date.now();
    const c = this.counters.get(key);
    return c && c.windowEnd > now
      ? { points: c.points, windowEnd: c.windowEnd, msLeft: c.windowEnd - now }
      : null;
  }

  async giveBack(key: string, points: number, windowEnd: number): Promise<void> {
    const c = this.counters.get(key);
    if (c && c.windowEnd === windowEnd) c.points = Math.max(0, c.points - points);
  }

  private sweep(now: number): void {
    for (const [key, c] of this.counters) if (c.windowEnd <= now) this.counters.delete(key);
  }

  async close(): Promise<void> {
    this.counters.clear();
  }
}

/** The store's clock in milliseconds: one clock for every gateway process, whatever their hosts'. */
const NOW_MS = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;

const takeSql = (table: string) => `insert into ${table} as r (key, points, expire)
  values ($1, $2, ${NOW_MS} + $3)
  on conflict (key) do update set
    points = case when r.expire <= ${NOW_MS} then $2 else r.points + $2 end,
    expire = case when r.expire <= ${NOW_MS} then ${NOW_MS} + $3 else r.expire end
  returning points, expire, expire - ${NOW_MS} as ms_left`;

const readSql = (
  table: string,
) => `select points, expire, expire - ${NOW_MS} as ms_left from ${table}
  where key = $1 and expire > ${NOW_MS}`;

const giveBackSql = (table: string) => `update ${table} set points = greatest(points - $2, 0)
  where key = $1 and expire = $3`;

const sweepSql = (table: string) => `delete from ${table} where expire < ${NOW_MS} - 3600000`;

const toCount = (row: { points: number; expire: string; ms_left: string }): WindowCount => ({
  points: Number(row.points),
  windowEnd: Number(row.expire),
  msLeft: Number(row.ms_left),
});

/**
 * Counters in PostgreSQL (`auth.rate_limit`, created by config's migration), shared by every
 * gateway process, in the database's clock. While the database does not answer, this process
 * counts in memory (`onError` hears of the first failure of each outage).
 */
export class PostgresCounterStore implements CounterStore {
  private readonly fallback = new MemoryCounterStore();
  private count = 0;
  private readonly sweeper: NodeJS.Timeout;
  private readonly sql: { take: string; read: string; giveBack: string; sweep: string };

  /** `table`: `auth.rate_limit` unless told (the bench's scratch table). */
  constructor(
    private readonly pool: Pool,
    private readonly onError: (error: unknown) => void = () => undefined,
    table = 'auth.rate_limit',
  ) {
    this.sql = {
      take: takeSql(table),
      read: readSql(table),
      giveBack: giveBackSql(table),
      sweep: sweepSql(table),
    };
    // Windows long over are deleted now and then (a window is minutes long at most).
    this.sweeper = setInterval(() => void this.query(this.sql.sweep, []).catch(() => 0), 600_000);
    this.sweeper.unref();
  }

  get statements(): number {
    return this.count;
  }

  private down = false;

  private async query(sql: string, params: unknown[]) {
    this.count++;
    try {
      const result = await this.pool.query(sql, params);
      this.down = false;
      return result;
    } catch (error) {
      if (!this.down) this.onError(error);
      this.down = true;
      throw error;
    }
  }

  async take(key: string, points: number, windowMs: number): Promise<WindowCount> {
    try {
      const { rows } = await this.query(this.sql.take, [key, points, windowMs]);
      return toCount(rows[0]);
    } catch {
      return this.fallback.take(key, points, windowMs);
    }
  }

  async read(key: string): Promise<WindowCount | null> {
    try {
      const { rows } = await this.query(this.sql.read, [key]);
      return rows[0] ? toCount(rows[0]) : null;
    } catch {
      return this.fallback.read(key);
    }
  }

  async giveBack(key: string, points: number, windowEnd: number): Promise<void> {
    try {
      await this.query(this.sql.giveBack, [key, points, windowEnd]);
    } catch {
      await this.fallback.giveBack(key, points, windowEnd);
    }
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    await this.fallback.close();
  }
}
