/**
 * Cost of the gateway's per-operation rate limit: `consume` for many operations spread over
 * 1,000 principals, with the in-memory store and, given `BENCH_DATABASE_URL` (a scratch
 * database: the bench creates and drops its own table), the PostgreSQL store the gateways share
 * (leases: statements sent to PostgreSQL per operation printed too).
 * Run: `NODE_OPTIONS=--conditions=sisa-source npx tsx bench/rateLimit.ts`.
 */
import { Pool } from 'pg';
import { OperationRateLimiter } from '../gateway/src/rateLimit';
import {
  MemoryCounterStore,
  PostgresCounterStore,
  type CounterStore,
} from '../gateway/src/rateLimitStore';

async function measure(label: string, store: CounterStore, n: number): Promise<void> {
  const limiter = new OperationRateLimiter(
    {
      client: { points: 1_000_000, windowSeconds: 60 },
      user: { points: 1_000_000, windowSeconds: 60 },
    },
    store,
  );
  const principals = Array.from({ length: 1000 }, (_, i) => ({
    kind: (i % 2 ? 'client' : 'user') as 'client' | 'user',
    subjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    tenantId: null,
    roles: [],
    scopes: [],
    name: `p${i}`,
  }));
  for (let i = 0; i < n / 10; i++) await limiter.consume(principals[i % 1000]!); // warm-up
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await limiter.consume(principals[i % 1000]!);
  const wallNs = Number(process.hrtime.bigint() - start);
  const used = process.cpuUsage(cpu);
  const cpuUs = (used.user + used.system) / n;
  process.stdout.write(
    `${label}: ${cpuUs.toFixed(2)} µs CPU, ${(wallNs / n / 1000).toFixed(2)} µs wall per operation (${n} operations), ${(store.statements / (n * 1.1)).toFixed(3)} statements and ${(limiter.waits / (n * 1.1)).toFixed(3)} waits for the store per operation\n`,
  );
  await limiter.close();
}

async function main(): Promise<void> {
  await measure('memory store', new MemoryCounterStore(), 100_000);
  const url = process.env.BENCH_DATABASE_URL;
  if (!url) return;
  const pool = new Pool({ connectionString: url, max: 5 });
  const table = `bench_rate_limit_${process.pid}`;
  await pool.query(
    `create table ${table} (key varchar(255) primary key, points int not null default 0, expire bigint)`,
  );
  try {
    await measure('postgres store', new PostgresCounterStore(pool, undefined, table), 100_000);
  } finally {
    await pool.query(`drop table ${table}`);
    await pool.end();
  }
}

void main();
