/**
 * CPU cost of the gateway's per-operation rate limit (in-memory store): `consume` for 100,000
 * operations spread over 1,000 principals. Run: `npx tsx bench/rateLimit.ts`.
 */
import { OperationRateLimiter } from '../gateway/src/rateLimit';

async function main(): Promise<void> {
  const limiter = new OperationRateLimiter({
    client: { points: 1_000_000, windowSeconds: 60 },
    user: { points: 1_000_000, windowSeconds: 60 },
  });
  const principals = Array.from({ length: 1000 }, (_, i) => ({
    kind: (i % 2 ? 'client' : 'user') as 'client' | 'user',
    subjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    tenantId: null,
    roles: [],
    scopes: [],
    name: `p${i}`,
  }));
  const n = 100_000;
  for (let i = 0; i < 10_000; i++) await limiter.consume(principals[i % 1000]!); // warm-up
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) await limiter.consume(principals[i % 1000]!);
  const wallNs = Number(process.hrtime.bigint() - start);
  const used = process.cpuUsage(cpu);
  const cpuUs = (used.user + used.system) / n;
  process.stdout.write(
    `rate limit consume: ${cpuUs.toFixed(2)} µs CPU, ${(wallNs / n / 1000).toFixed(2)} µs wall per operation (${n} operations)\n`,
  );
}

void main();
