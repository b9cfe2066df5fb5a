import { graphql, startTestPlatform, userToken, type TestPlatform } from '@sisa/testing';

/** One sample of a Prometheus text exposition: its name, labels and value. */
interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parseSamples(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      labels[key!] = value!;
    samples.push({ name: match[1]!, labels, value: Number(match[3]) });
  }
  return samples;
}

async function scrape(url: string | undefined): Promise<Sample[]> {
  if (!url) throw new Error('metrics not served');
  const res = await fetch(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
  return parseSamples(await res.text());
}

/** The value of the one sample named `name` whose labels include `labels` (0 when absent). */
function valueOf(samples: Sample[], name: string, labels: Record<string, string>): number {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  expect(found.length).toBeLessThanOrEqual(1);
  return found[0]?.value ?? 0;
}

describe('metrics on the internal port', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'siuss'], { metrics: true });
  });
  afterAll(() => platform.close());

  it('count and time each operation by name at the gateway and in the subgraph', async () => {
    const gatewayBefore = await scrape(platform.gateway.metricsUrl);
    const configBefore = await scrape(platform.subgraphs.config?.metricsUrl);
    const token = await userToken(null, ['PLATFORM_ADMIN']);
    const result = await graphql(
      platform.graphqlUrl,
      'query MetricsProbe { tenants { id } }',
      {},
      token,
    );
    expect(result.errors).toBeUndefined();

    const gateway = await scrape(platform.gateway.metricsUrl);
    const probe = { operation: 'MetricsProbe', service: 'gateway' };
    const requests = 'sisa_graphql_requests_total';
    const durations = 'sisa_graphql_request_duration_seconds_count';
    expect(valueOf(gateway, requests, { ...probe, type: 'query' })).toBe(
      valueOf(gatewayBefore, requests, { ...probe, type: 'query' }) + 1,
    );
    expect(valueOf(gateway, durations, probe)).toBe(valueOf(gatewayBefore, durations, probe) + 1);
    expect(
      valueOf(gateway, 'sisa_graphql_request_duration_seconds_bucket', { ...probe, le: '+Inf' }),
    ).toBe(valueOf(gateway, durations, probe));

    // Apollo Gateway names the subgraph's operation after the client's: MetricsProbe__config__0.
    const config = await scrape(platform.subgraphs.config?.metricsUrl);
    const planned = config.find(
      (s) => s.name === requests && s.labels.operation?.startsWith('MetricsProbe__config'),
    );
    expect(planned?.labels.service).toBe('config');
    const before = valueOf(configBefore, requests, planned!.labels);
    expect(planned!.value).toBe(before + 1);
  });

  it('count errors by operation and code', async () => {
    const errors = 'sisa_graphql_errors_total';
    const labels = { operation: 'unknown', code: 'GRAPHQL_VALIDATION_FAILED', service: 'gateway' };
    const before = valueOf(await scrape(platform.gateway.metricsUrl), errors, labels);
    const token = await userToken(null, ['PLATFORM_ADMIN']);
    const result = await graphql(platform.graphqlUrl, 'query Broken { noSuchField }', {}, token);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(valueOf(await scrape(platform.gateway.metricsUrl), errors, labels)).toBe(before + 1);
  });

  it('report the pools, the SIUSS import queue and the process', async () => {
    const gateway = await scrape(platform.gateway.metricsUrl);
    const siuss = await scrape(platform.subgraphs.siuss?.metricsUrl);
    for (const state of ['total', 'idle', 'waiting']) {
      expect(
        gateway.some(
          (s) =>
            s.name === 'sisa_db_pool_connections' &&
            s.labels.pool === 'gateway' &&
            s.labels.state === state,
        ),
      ).toBe(true);
      for (const pool of ['orm', 'bulk'])
        expect(
          siuss.some(
            (s) =>
              s.name === 'sisa_db_pool_connections' &&
              s.labels.pool === pool &&
              s.labels.state === state,
          ),
        ).toBe(true);
    }
    // The ORM pool has served /health and the queue's count by now: at least one connection.
    expect(
      valueOf(siuss, 'sisa_db_pool_connections', { pool: 'orm', state: 'total' }),
    ).toBeGreaterThan(0);
    const queue = siuss.find(
      (s) => s.name === 'sisa_job_queue_depth' && s.labels.queue === 'siuss_import',
    );
    expect(queue?.labels.state).toBe('running');
    expect(queue?.value).toBeGreaterThanOrEqual(0);
    expect(gateway.some((s) => s.name === 'process_resident_memory_bytes')).toBe(true);
  });

  it('never answer /metrics on the public port', async () => {
    expect(new URL(platform.gateway.metricsUrl!).port).not.toBe(new URL(platform.gatewayUrl).port);
    expect((await fetch(`${platform.gatewayUrl}/metrics`)).status).toBe(404);
    expect((await fetch(`${platform.subgraphUrls.config}/metrics`)).status).toBe(404);
    const other = new URL(platform.gateway.metricsUrl!);
    other.pathname = '/graphql';
    expect((await fetch(other)).status).toBe(404);
  });
});
