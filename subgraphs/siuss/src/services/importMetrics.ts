import { jobQueueMetrics, type MetricsRegistry, type Orm } from '@sisa/kernel';

/**
 * SIUSS imports as the job queue the metrics report: those running in every tenant. An import
 * never waits in a queue (a busy service refuses it with 429/503), so running is the only state.
 */
export function importQueueMetrics(registry: MetricsRegistry, orm: Orm): void {
  jobQueueMetrics(registry, 'siuss_import', async () => {
    const [row] = await orm.em
      .getConnection()
      .execute<{ running: string }[]>('select siuss.import_jobs_running() as running');
    return { running: Number(row?.running ?? 0) };
  });
}
