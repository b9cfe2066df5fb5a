import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTracing, stopTracing } from '@sisa/kernel';
import { graphql, startTestPlatform, userToken } from '@sisa/testing';

/** A span as OTLP/HTTP JSON carries it (the fields this test reads). */
interface ExportedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: { key: string; value: { stringValue?: string } }[];
}

/** A real OTLP/HTTP receiver: it keeps every span it is sent. */
function otlpReceiver(): Promise<{ server: Server; url: string; spans: ExportedSpan[] }> {
  const spans: ExportedSpan[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (req.url === '/v1/traces') {
        const payload = JSON.parse(body) as {
          resourceSpans: { scopeSpans: { spans: ExportedSpan[] }[] }[];
        };
        for (const r of payload.resourceSpans) for (const s of r.scopeSpans) spans.push(...s.spans);
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        server,
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        spans,
      }),
    ),
  );
}

const attribute = (span: ExportedSpan, key: string) =>
  span.attributes.find((a) => a.key === key)?.value.stringValue;

describe('traces', () => {
  it('are off unless OTEL_EXPORTER_OTLP_ENDPOINT is set', () => {
    expect(startTracing('config', {})).toBe(false);
  });

  it('follow an operation from the gateway into the subgraph (W3C trace context)', async () => {
    const receiver = await otlpReceiver();
    const before = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = receiver.url;
    try {
      const platform = await startTestPlatform(['config']);
      try {
        const token = await userToken(null, ['PLATFORM_ADMIN']);
        const result = await graphql(
          platform.graphqlUrl,
          'query TracedTenants { tenants { id } }',
          {},
          token,
        );
        expect(result.errors).toBeUndefined();
      } finally {
        await platform.close(); // flushes the spans
      }
    } finally {
      await stopTracing();
      if (before === undefined) delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
      else process.env.OTEL_EXPORTER_OTLP_ENDPOINT = before;
      receiver.server.close();
    }

    const spans = receiver.spans;
    const gateway = spans.find(
      (s) => attribute(s, 'sisa.service') === 'gateway' && s.name === 'graphql query TracedTenants',
    );
    expect(gateway).toBeDefined();
    const subgraph = spans.find(
      (s) =>
        attribute(s, 'sisa.service') === 'config' &&
        attribute(s, 'graphql.operation.name')?.startsWith('TracedTenants__config'),
    );
    expect(subgraph?.traceId).toBe(gateway!.traceId);
    // Its parent is a span of the gateway's (Apollo Gateway's fetch), in the same trace.
    const parent = spans.find((s) => s.spanId === subgraph!.parentSpanId);
    expect(parent?.traceId).toBe(gateway!.traceId);
    expect(attribute(parent!, 'sisa.service')).not.toBe('config');
    expect(parent?.name).toBe('gateway.fetch');
  });
});
