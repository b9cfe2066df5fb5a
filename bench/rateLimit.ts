/**
 * Cost of the gateway's per-operation rate limit: `consume` for many operations, with the
 * in-memory store (1,000 principals in turn) and, given `BENCH_DATABASE_URL` (a scratch database:
 * the bench creates and drops its own table), the PostgreSQL store the gateways share: 20 busy
 * principals at once, each sending its next operation 1 ms after the last (an operation takes
 * longer than that), with the statements sent to PostgreSQL and the operations that waited for
 * one, per operation.
 * Run: `NODE_OPTIONS=--conditions=sisa-source npx tsx bench/rateLimit.ts`.
 */
import { Pool } from 'pg';
import { OperationRateLimiter } from '../gateway/src/rateLimit';
import {
  MemoryCounterStore,
  PostgresCounterStore,
  type CounterStore,
} from '../gateway/src/rateLimitStore';

async function measure(
  label: string,
  store: CounterStore,
  n: number,
  options: { principals: number; gapMs: number },
): Promise<void> {
  const limiter = new OperationRateLimiter(
    {
      client: { points: 1_000_000, windowSeconds: 60 },
      user: { points: 1_000_000, windowSeconds: 60 },
    },
    store,
  );
  const principals = Array.from({ length: options.principals }, (_, i) => ({
    kind: (i % 2 ? 'client' : 'user') as 'client' | 'user',
    subjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    tenantId: null,
    roles: [],
    scopes: [],
    name: `p${i}`,
  }));
  const gap = () => (options.gapMs ? new Promise((r) => setTimeout(r, options.gapMs)) : null);
  // Each principal its own sequence of operations, all at once.
  const send = (count: number) =>
    Promise.all(
      principals.map(async (principal) => {
        for (let i = 0; i < count / principals.length; i++) {
          await limiter.consume(principal);
          await gap();
        }
      }),
    );
  await send(n / 10); // warm-up
  const statements = store.statements;
  const waits = limiter.waits;
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  await send(n);
  const wallNs = Number(process.hrtime.bigint() - start);
  const used = process.cpuUsage(cpu);
  const cpuUs = (used.user + used.system) / n;
  process.stdout.write(
    `${label}: ${cpuUs.toFixed(2)} µs CPU per operation (${n} operations, ${options.principals} principals, ${options.gapMs} ms between one's operations, ${(wallNs / 1e9).toFixed(1)} s), ${((store.statements - statements) / n).toFixed(4)} statements and ${((limiter.waits - waits) / n).toFixed(4)} waits for the store per operation\n`,
  );
  await limiter.close();
}

async function main(): Promise<void> {
  await measure('memory store', new MemoryCounterStore(), 100_000, { principals: 1000, gapMs: 0 });
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) return;
  const pool = new Pool({ connectionString: url, max: 5 });
  const table = `bench_rate_limit_${process.pid}`;
  await pool.query(
    `create table ${table} (key varchar(255) primary key, points int not null default 0, expire bigint)`,
  );
  try {
    await measure('postgres store', new PostgresCounterStore(pool, undefined, table), 20_000, {
      principals: 20,
      gapMs: 1,
    });
  } finally {
    await pool.query(`drop table ${table}`);
    await pool.end();
  }
}

void main();
