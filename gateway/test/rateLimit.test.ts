import { randomUUID } from 'node:crypto';
import type { Principal } from '@sisa/kernel';
import { testDatabase } from '@sisa/testing';
import { Pool } from 'pg';
import { leaseLimit, OperationRateLimiter, type RateLimitPolicy } from '../src/rateLimit';
import { MemoryCounterStore, PostgresCounterStore } from '../src/rateLimitStore';

const client = (): Principal =>
  ({
    kind: 'client',
    subjectId: randomUUID(),
    tenantId: randomUUID(),
    roles: [],
    scopes: ['registry:read'],
    name: 'test',
  }) as unknown as Principal;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A gateway process's limiter on the shared store (its own pool, as another process has). */
function gatewayProcess(policy: RateLimitPolicy) {
  const pool = new Pool({ connectionString: testDatabase().gatewayUrl, max: 3 });
  const limiter = new OperationRateLimiter(
    { client: policy, user: policy },
    new PostgresCounterStore(pool),
  );
  let closing: Promise<void> | undefined;
  return {
    limiter,
    close: () =>
      (closing ??= (async () => {
        await limiter.close();
        await pool.end();
      })()),
  };
}

const remainingOf = (headers: Record<string, string>) =>
  Number(/;r=(\d+);/.exec(headers.RateLimit!)![1]);

describe('operation rate limit: leases from the shared store', () => {
  it('holds at most 5 % of a quota per process (at least 1, at most 50)', () => {
    expect(leaseLimit({ points: 3, windowSeconds: 60 })).toBe(1);
    expect(leaseLimit({ points: 100, windowSeconds: 60 })).toBe(5);
    expect(leaseLimit({ points: 600, windowSeconds: 60 })).toBe(30);
    expect(leaseLimit({ points: 1200, windowSeconds: 60 })).toBe(50);
  });

  it('two processes sharing the store admit the quota exactly between them, then 429', async () => {
    const a = gatewayProcess({ points: 100, windowSeconds: 60 });
    const b = gatewayProcess({ points: 100, windowSeconds: 60 });
    try {
      const principal = client();
      const answers = [];
      for (let i = 0; i < 150; i++)
        answers.push(
          ...(await Promise.all([a.limiter.consume(principal), b.limiter.consume(principal)])),
        );
      const allowed = answers.filter((x) => x.allowed);
      expect(allowed).toHaveLength(100);
      const refused = answers.filter((x) => !x.allowed);
      expect(refused).toHaveLength(200);
      for (const r of refused) {
        expect(r.headers.RateLimit).toMatch(/^"client";r=0;t=\d+$/);
        expect(Number(r.headers['Retry-After'])).toBeGreaterThan(0);
      }
      // Neither process saw a quota larger than the policy's.
      for (const x of allowed) expect(x.headers['RateLimit-Policy']).toBe('"client";q=100;w=60');
      // Once both processes have given back what they held, the store counts what was admitted.
      await Promise.all([a.close(), b.close()]);
      const count = await withPool((p) =>
        p.query('select points from auth.rate_limit where key = $1', [
          `op_client:${principal.subjectId}`,
        ]),
      );
      expect(Number(count.rows[0].points)).toBe(100);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('spends leases locally: far fewer statements than operations, few operations wait', async () => {
    const a = gatewayProcess({ points: 1200, windowSeconds: 60 });
    try {
      const principal = client();
      let last: Record<string, string> = {};
      for (let i = 0; i < 400; i++) {
        const answer = await a.limiter.consume(principal);
        expect(answer.allowed).toBe(true);
        last = answer.headers;
        await sleep(1); // operations take a while: the next lease arrives meanwhile
      }
      // One process alone: the remaining count is exact.
      expect(remainingOf(last)).toBe(800);
      expect(a.limiter.store.statements).toBeLessThan(30);
      expect(a.limiter.waits).toBeLessThan(10);
    } finally {
      await a.close();
    }
  });

  it('gives back what an idle process holds, so another can use the whole quota', async () => {
    const a = gatewayProcess({ points: 100, windowSeconds: 60 });
    const b = gatewayProcess({ points: 100, windowSeconds: 60 });
    try {
      const principal = client();
      for (let i = 0; i < 20; i++) {
        expect((await a.limiter.consume(principal)).allowed).toBe(true);
        await sleep(2);
      }
      await sleep(2200); // idle for more than a second: a gives back its unspent lease
      let allowed = 0;
      for (let i = 0; i < 100; i++) if ((await b.limiter.consume(principal)).allowed) allowed++;
      expect(allowed).toBe(80);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('starts a new window when the last one is over', async () => {
    const limiter = new OperationRateLimiter(
      { client: { points: 2, windowSeconds: 1 }, user: { points: 2, windowSeconds: 1 } },
      new MemoryCounterStore(),
    );
    try {
      const principal = client();
      expect((await limiter.consume(principal)).headers.RateLimit).toMatch(/^"client";r=1;t=1$/);
      expect((await limiter.consume(principal)).allowed).toBe(true);
      const refused = await limiter.consume(principal);
      expect(refused.allowed).toBe(false);
      expect(refused.headers['Retry-After']).toBe('1');
      await sleep(1100);
      expect((await limiter.consume(principal)).headers.RateLimit).toMatch(/^"client";r=1;/);
    } finally {
      await limiter.close();
    }
  });
});

async function withPool<T>(work: (pool: Pool) => Promise<T>): Promise<T> {
  const pool = new Pool({ connectionString: testDatabase().gatewayUrl, max: 1 });
  try {
    return await work(pool);
  } finally {
    await pool.end();
  }
}
