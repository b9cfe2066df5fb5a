import { Gauge, type Registry } from 'prom-client';

/** How many jobs of a queue are in each state (`{ running: 2 }`). */
export type JobCounts = Record<string, number>;

/**
 * `sisa_job_queue_depth{queue,state}`: the jobs of a queue by state, read with `read` at most
 * once per `cacheMs` (scrapes come every few seconds from each Prometheus; the count is a query).
 * A failed read keeps the last counts rather than failing the scrape.
 */
export function jobQueueMetrics(
  registry: Registry,
  queue: string,
  read: () => Promise<JobCounts>,
  cacheMs = 15_000,
): void {
  let last: { at: number; counts: JobCounts } | undefined;
  new Gauge({
    name: 'sisa_job_queue_depth',
    help: 'Jobs by queue and state',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      if (!last || Date.now() - last.at >= cacheMs) {
        try {
          last = { at: Date.now(), counts: await read() };
        } catch {
          if (!last) return;
        }
      }
      for (const [state, count] of Object.entries(last.counts)) this.set({ queue, state }, count);
    },
  });
}
