import autocannon from 'autocannon';

/** Latency at a fixed request rate, measured per response (autocannon reports no p95). */
export interface FixedRateResult {
  result: autocannon.Result;
  p50: number;
  p95: number;
  p99: number;
  n: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** Runs one operation at a fixed rate, alternating tenants; latencies are measured per response. */
export async function measureAtFixedRate(
  url: string,
  tokens: string[],
  bodies: (i: number) => string,
  rate: number,
  seconds: number,
) {
  let i = 0;
  const latencies: number[] = [];
  let instance: autocannon.Instance;
  const result = await new Promise<autocannon.Result>((done, fail) => {
    instance = autocannon(
      {
        url,
        method: 'POST',
        connections: 10,
        overallRate: rate,
        duration: seconds,
        requests: [
          {
            setupRequest: (req) => {
              const n = i++;
              return {
                ...req,
                headers: {
                  'content-type': 'application/json',
                  authorization: `Bearer ${tokens[n % tokens.length]}`,
                },
                body: bodies(n),
              };
            },
          },
        ],
      },
      (error, result) => (error ? fail(error) : done(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  latencies.sort((a, b) => a - b);
  return {
    result,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    n: latencies.length,
  };
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
