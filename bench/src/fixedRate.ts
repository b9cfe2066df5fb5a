import { Agent, request } from 'node:http';

/**
 * Latency at a fixed request rate. Requests leave evenly spaced (open loop: one every 1/rate s,
 * whether or not earlier ones have answered), as users' requests arrive. autocannon's rate
 * option instead lets every connection send its share of each second back to back at the start
 * of the second: a burst of `connections` concurrent requests every second, which measures
 * queueing behind that burst rather than the latency of a request at that rate.
 */
export interface FixedRateResult {
  p50: number;
  p95: number;
  p99: number;
  /** Requests answered. */
  n: number;
  /** Answers that were not HTTP 2xx, or failed to arrive. */
  non2xx: number;
  /** 2xx answers whose body holds GraphQL `errors`. */
  errors: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends `rate × seconds` POST requests, the n-th with `requestOf(n)`'s token and body. */
export async function fixedRate(
  url: string,
  requestOf: (n: number) => { token: string; body: string },
  rate: number,
  seconds: number,
): Promise<FixedRateResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 });
  const target = new URL(url);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const send = (n: number) =>
    new Promise<void>((done) => {
      const { token, body } = requestOf(n);
      const started = performance.now();
      const req = request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: `Bearer ${token}`,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            latencies.push(performance.now() - started);
            if ((res.statusCode ?? 0) >= 300) non2xx++;
            else if (Buffer.concat(chunks).includes('"errors"')) errors++;
            done();
          });
        },
      );
      req.on('error', () => {
        non2xx++;
        done();
      });
      req.end(body);
    });
  const total = Math.round(rate * seconds);
  const interval = 1000 / rate;
  const start = performance.now();
  const pending: Promise<void>[] = [];
  for (let n = 0; n < total; n++) {
    const wait = start + n * interval - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(send(n));
  }
  await Promise.all(pending);
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    n: latencies.length,
    non2xx,
    errors,
  };
}

/** One operation at a fixed rate, each request with the next of `tokens` in turn (tenants alternate). */
export function measureAtFixedRate(
  url: string,
  tokens: string[],
  bodies: (i: number) => string,
  rate: number,
  seconds: number,
): Promise<FixedRateResult> {
  return fixedRate(
    url,
    (n) => ({ token: tokens[n % tokens.length]!, body: bodies(n) }),
    rate,
    seconds,
  );
}

/** Sends one operation and returns its data, failing on any GraphQL error. */
export async function graphqlData(
  url: string,
  token: string,
  query: string,
  variables: object,
): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`bench query failed: ${JSON.stringify(body)}`);
  return body.data;
}
