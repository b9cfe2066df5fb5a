import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import PgBoss from 'pg-boss';
import { Pool } from 'pg';
import {
  positiveNumberFromEnv,
  TenantConfig,
  UploadTooLargeError,
  withTenant,
  type Logger,
} from '@sisa/kernel';
import {
  importJobRepository,
  importLayoutRepository,
  type EarlierImport,
} from '../entities/importJob.repository';
import { duplicateFileMessage } from './importHash';
import type { ImportLimits } from './importLimits';
import {
  EncodingRestart,
  type ImportFormat,
  readImportBatches,
  type TextEncoding,
  UnreadableFileError,
} from './importSources';
import { failImportJob, ImportRefusedError, resetImportJob, runImport } from './imports';

/** The queue's own schema (tables of pg-boss), made by the siuss migration `siuss_jobs`. */
export const JOB_SCHEMA = 'siuss_jobs';
/** The queue of SIUSS imports. */
export const IMPORT_QUEUE = 'siuss-import';
/** Where the queue puts an import whose last attempt failed (its worker died, say). */
export const IMPORT_FAILED_QUEUE = 'siuss-import-failed';

/** An import waiting for a worker: everything it needs but the file, which is in the data dir. */
export interface QueuedImport {
  jobId: string;
  tenantId: string;
  actor: string;
  format: ImportFormat;
  encoding: TextEncoding | null;
  layoutId: string | null;
  confirmDuplicate: boolean;
  sha256: string;
  /** The tenant's configuration when the import was asked for (the worker has no caller's token). */
  config: {
    version: number;
    definitions: TenantConfig['definitions'];
    valueLists: TenantConfig['valueLists'];
    patronSaintDay: string | null;
  };
}

/** What an attempt ended with, kept by the queue as the job's output for a request that waits. */
export type ImportOutcome =
  | { done: true }
  /** The file's own fault: unreadable, too large once unpacked, a duplicate met at the end. */
  | { refused: string; duplicateOf?: EarlierImport };

/** How the queue's job ended: its outcome, or `null` when every attempt failed. */
export type QueuedEnd = ImportOutcome | null;

/** Where an upload waits for its worker: `<dataDir>/siuss/<tenant>/imports/<job>.upload`. */
export const uploadPath = (dataDir: string, tenantId: string, jobId: string) =>
  join(dataDir, 'siuss', tenantId, 'imports', `${jobId}.upload`);

/** The queue's settings, from the environment. */
function queueSettings(env: NodeJS.ProcessEnv = process.env) {
  const n = (name: string, fallback: number) =>
    Math.floor(positiveNumberFromEnv(env, name, fallback));
  return {
    // Attempts after the first: a failure that is not the file's fault (a lost connection, a
    // replica killed) is tried again.
    retryLimit: Math.max(0, n('SISA_IMPORT_ATTEMPTS', 3) - 1),
    retryDelay: n('SISA_IMPORT_RETRY_DELAY_SECONDS', 5),
    // How long an attempt may run; a worker that died holds its job until then.
    expireInSeconds: n('SISA_IMPORT_EXPIRE_SECONDS', 900),
    maintenanceIntervalSeconds: n('SISA_IMPORT_QUEUE_MAINTENANCE_SECONDS', 60),
    pollingIntervalSeconds: positiveNumberFromEnv(env, 'SISA_IMPORT_QUEUE_POLL_SECONDS', 1),
  };
}

/** Failures of the file itself (unreadable, too large, a duplicate): trying again changes nothing. */
const isFileFault = (error: unknown) =>
  error instanceof UnreadableFileError ||
  error instanceof UploadTooLargeError ||
  error instanceof ImportRefusedError;

/** A lock per import, held by the worker that runs it: a crash of its process releases it. */
const LOCK_KEY = 'select hashtextextended($1, 0) as key';

/**
 * The SIUSS import queue (pg-boss, in PostgreSQL): the request enqueues, a worker of any
 * replica imports the stored upload. A worker that dies leaves its job active until it expires;
 * the queue then gives it to another worker, which starts the import again from the first row
 * (the import is one transaction: the killed run left no record).
 */
export class ImportQueue {
  private readonly settings = queueSettings();
  private stopping = false;

  private constructor(
    private readonly boss: PgBoss,
    /** The bulk pool: the imports' own transactions and progress, as a request's were. */
    private readonly pool: Pool,
    /** The queue's connections: pg-boss's polling and the import locks, each held while it runs. */
    private readonly queuePool: Pool,
    private readonly dataDir: string,
    private readonly limits: ImportLimits,
    private readonly logger: Logger,
  ) {}

  /** Starts the queue and `limits.maxConcurrent` workers in this process. */
  static async start(
    databaseUrl: string,
    pool: Pool,
    dataDir: string,
    limits: ImportLimits,
    logger: Logger,
  ): Promise<ImportQueue> {
    const settings = queueSettings();
    // A lock per running import (and a bury), and room for the queue's own queries.
    const queuePool = new Pool({ connectionString: databaseUrl, max: limits.maxConcurrent + 3 });
    queuePool.on('error', (err) => logger.warn({ err }, 'import queue connection lost'));
    const boss = new PgBoss({
      db: { executeSql: (text, values) => queuePool.query(text, values) },
      schema: JOB_SCHEMA,
      // The schema is the siuss migration's (made as the owner): the service role only uses it.
      migrate: false,
      schedule: false,
      maintenanceIntervalSeconds: settings.maintenanceIntervalSeconds,
    });
    boss.on('error', (err) => logger.error({ err }, 'import queue error'));
    await boss.start();
    const queue = new ImportQueue(boss, pool, queuePool, dataDir, limits, logger);
    for (let i = 0; i < limits.maxConcurrent; i++)
      await boss.work<QueuedImport>(
        IMPORT_QUEUE,
        {
          batchSize: 1,
          includeMetadata: true,
          pollingIntervalSeconds: settings.pollingIntervalSeconds,
        },
        async ([job]) => queue.run(job!),
      );
    await boss.work<QueuedImport>(
      IMPORT_FAILED_QUEUE,
      { batchSize: 1, pollingIntervalSeconds: settings.pollingIntervalSeconds },
      async ([job]) => queue.bury(job!.data),
    );
    return queue;
  }

  /** Enqueues an import whose upload is stored at `uploadPath`; its id in the queue. */
  async enqueue(data: QueuedImport): Promise<string> {
    const { retryLimit, retryDelay, expireInSeconds } = this.settings;
    const id = await this.boss.send(IMPORT_QUEUE, data, {
      retryLimit,
      retryDelay,
      expireInSeconds,
      retentionDays: 7,
      deadLetter: IMPORT_FAILED_QUEUE,
    });
    if (!id) throw new Error('import not queued');
    return id;
  }

  /** Whether the tenant has an import in the queue (waiting, running or to be tried again). */
  async hasQueued(tenantId: string): Promise<boolean> {
    const { rowCount } = await this.queuePool.query(
      `select 1 from ${JOB_SCHEMA}.job
       where name = $1 and state < 'completed' and data->>'tenantId' = $2 limit 1`,
      [IMPORT_QUEUE, tenantId],
    );
    return rowCount === 1;
  }

  /** Waits for a queued import to end, whichever replica runs it. */
  async ended(queueId: string, pollMs = 200): Promise<QueuedEnd> {
    for (;;) {
      const job = await this.boss.getJobById<QueuedImport>(IMPORT_QUEUE, queueId, {
        includeArchive: true,
      });
      if (job?.state === 'completed') return (job.output as ImportOutcome | null) ?? { done: true };
      if (!job || job.state === 'failed' || job.state === 'cancelled') return null;
      await delay(pollMs);
    }
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await this.boss.stop({ graceful: true, close: false, wait: true, timeout: 10_000 });
    await this.queuePool.end();
  }

  /**
   * Runs `work` holding the import's advisory lock, on a connection of its own for as long as it
   * runs (a crash of this process releases it). While another worker holds it (an attempt that
   * outlived its expiry, a replica shutting down with its import still running) this one waits
   * for it, a second at a time, rather than spend an attempt.
   */
  private async locked<T>(jobId: string, work: () => Promise<T>): Promise<T> {
    const lock = await this.queuePool.connect();
    try {
      const { rows } = await lock.query<{ key: string }>(LOCK_KEY, [`siuss-import:${jobId}`]);
      const key = rows[0]!.key;
      for (;;) {
        const taken = await lock.query<{ ok: boolean }>('select pg_try_advisory_lock($1) as ok', [
          key,
        ]);
        if (taken.rows[0]!.ok) break;
        if (this.stopping) throw new Error('import queue stopping');
        await delay(1000);
      }
      try {
        return await work();
      } finally {
        await lock.query('select pg_advisory_unlock($1)', [key]);
      }
    } finally {
      lock.release();
    }
  }

  /** One attempt at a queued import. */
  private run(job: PgBoss.JobWithMetadata<QueuedImport>): Promise<ImportOutcome> {
    const lastAttempt = job.retryCount >= job.retryLimit;
    return this.locked(job.data.jobId, () => this.attempt(job.data, job.retryCount, lastAttempt));
  }

  /**
   * An import whose last attempt failed without saying so (its worker died): FAILED, its file
   * removed. One that its attempt ended (FAILED with its reason, or COMPLETED) stays as it is.
   */
  private async bury(data: QueuedImport): Promise<void> {
    const { jobId, tenantId } = data;
    await this.locked(jobId, async () => {
      const status = await withTenant(this.pool, tenantId, (c) =>
        importJobRepository.statusOf(c, jobId),
      );
      if (status === 'RUNNING')
        await failImportJob(
          this.pool,
          tenantId,
          jobId,
          'Importazione non riuscita: il servizio si è interrotto durante l\u2019ultimo tentativo, nessun record importato',
          data.sha256,
        );
      await rm(uploadPath(this.dataDir, tenantId, jobId), { force: true });
    });
  }

  private async attempt(
    data: QueuedImport,
    retry: number,
    lastAttempt: boolean,
  ): Promise<ImportOutcome> {
    const { pool } = this;
    const { jobId, tenantId } = data;
    const path = uploadPath(this.dataDir, tenantId, jobId);
    const status = await withTenant(pool, tenantId, (c) => importJobRepository.statusOf(c, jobId));
    // Over already (an attempt that ended as its worker's job expired), or gone.
    if (status !== 'RUNNING') {
      await rm(path, { force: true });
      return { done: true };
    }
    try {
      const outcome = await this.importFile(data, path, retry, lastAttempt);
      await rm(path, { force: true });
      return outcome;
    } catch (error) {
      this.logger.error({ err: error, jobId, retry }, 'import attempt failed');
      if (lastAttempt) {
        const reason = error instanceof Error ? error.message : String(error);
        await failImportJob(
          pool,
          tenantId,
          jobId,
          `Importazione non riuscita dopo ${retry + 1} tentativi, nessun record importato: ${reason}`.slice(
            0,
            1000,
          ),
          data.sha256,
        );
        await rm(path, { force: true });
      }
      throw error;
    }
  }

  /** Imports the stored file; the file's own faults are an outcome, anything else is thrown. */
  private async importFile(
    data: QueuedImport,
    path: string,
    retry: number,
    lastAttempt: boolean,
  ): Promise<ImportOutcome> {
    const { pool } = this;
    const { jobId, tenantId } = data;
    if (retry > 0) {
      this.logger.warn({ jobId, retry }, 'import tried again');
      await resetImportJob(pool, tenantId, jobId);
    }
    if (!(await stat(path).catch(() => null)))
      throw new Error('il file caricato non è più nella cartella dei dati del servizio');
    const layout = data.layoutId
      ? await withTenant(pool, tenantId, (c) => importLayoutRepository.forFiles(c, data.layoutId!))
      : null;
    const { version, definitions, valueLists, patronSaintDay } = data.config;
    const config = new TenantConfig(version, definitions, valueLists, patronSaintDay);
    let duplicateOf: EarlierImport | undefined;
    const importWith = (encoding: TextEncoding | null) =>
      runImport(
        pool,
        {
          jobId,
          tenantId,
          actor: data.actor,
          config,
          sha256: () => data.sha256,
          beforeCommit: async (client) => {
            if (data.confirmDuplicate) return;
            // Another import of the same file may have completed since the request checked.
            const earlier = await importJobRepository.earlierImportOfFile(
              client,
              data.sha256,
              jobId,
            );
            if (!earlier) return;
            duplicateOf = earlier;
            throw new ImportRefusedError(duplicateFileMessage(earlier));
          },
          willRetry: (error) =>
            !lastAttempt && !isFileFault(error) && !(error instanceof EncodingRestart),
        },
        readImportBatches(createReadStream(path, { highWaterMark: 256 * 1024 }), {
          format: data.format,
          encoding,
          layout: layout ?? null,
          limits: this.limits,
        }),
      );
    try {
      try {
        await importWith(data.encoding);
      } catch (error) {
        if (!(error instanceof EncodingRestart)) throw error;
        // Not UTF-8 after all: the stored file, once more, as Windows-1252.
        await error.dispose();
        await importWith(error.encoding);
      }
      return { done: true };
    } catch (error) {
      if (!isFileFault(error)) throw error;
      return { refused: (error as Error).message, ...(duplicateOf ? { duplicateOf } : {}) };
    }
  }
}
