import { collectDefaultMetrics, Registry } from 'prom-client';

/**
 * A service's own metrics registry, every series labelled `service`, with Node's process
 * metrics (CPU, memory, event loop lag, GC). One per server, never prom-client's global one:
 * tests run the gateway and every subgraph in one process.
 */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** A service's metrics registry (prom-client's `Registry`). */
export type { Registry as MetricsRegistry } from 'prom-client';
