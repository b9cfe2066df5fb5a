import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import { closeHttpServer } from '../http/closeServer';

/** Where a service serves its metrics. */
export interface MetricsEndpoint {
  /** `http://host:port/metrics`. */
  url: string;
  close(): Promise<void>;
}

/**
 * The metrics port: `SISA_METRICS_PORT` (0: any free port), none when unset. It is a port of its
 * own so that `/metrics` never answers on the public one: only the cluster's scraper reaches it.
 */
export function metricsPortFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.SISA_METRICS_PORT;
  if (raw === undefined || raw === '') return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`SISA_METRICS_PORT non valido: ${raw}`);
  return port;
}

/** Serves `GET /metrics` of `registry` on its own port; anything else is 404. */
export function listenMetrics(
  registry: Registry,
  port: number,
  host: string,
): Promise<MetricsEndpoint> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    registry.metrics().then(
      (body) => res.writeHead(200, { 'Content-Type': registry.contentType }).end(body),
      () => res.writeHead(500).end(),
    );
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({ url: `http://${shown}:${actual}/metrics`, close: () => closeHttpServer(server) });
    });
  });
}
