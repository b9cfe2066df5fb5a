import { randomBytes } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Pool, PoolClient } from 'pg';
import { noteTenantWrite, withTenant, type TenantConfig } from '@sisa/kernel';
import type { ImportJobStatus } from '@sisa/rules';
import type { BenefitData, ValidationIssue } from '../domain/benefit';
import { issueText, locateIssue, type ImportIssue } from '../domain/importIssues';
import {
  benefitFromRow,
  customFieldKeys,
  type ImportBatch,
  type ImportSource,
  type RawCell,
} from '../domain/importRow';
import { statusAfterChange } from '../domain/status';
import { validateBenefit } from '../domain/validation';
import type { ImportErrorRow, ImportRowOutcome } from '../entities/importJob.entity';
import {
  importJobRepository,
  importRejectionRepository,
  type ImportCounts,
  type NewImportJob,
} from '../entities/importJob.repository';
import {
  DATA_COLUMNS,
  mergeChunk,
  openImportStaging,
  type ChunkOutcome,
} from '../entities/importStaging.repository';
import { EncodingRestart } from './importSources';
import { SIUSS_SERVICE_LIST } from './serviceCatalog';
import { BULK_ROWS, refreshStatistics } from './statistics';
import { CopyText, StagedInsert } from './stagedInsert';

/** Columns written by an import, in COPY order. */
const COLUMNS = [
  'id',
  'tenant_id',
  'version',
  'status',
  'source',
  'source_id',
  ...DATA_COLUMNS,
  'custom_fields',
  'issues',
  'created_at',
  'created_by',
  'updated_at',
  'updated_by',
] as const;

/** The first rejected rows kept on the job itself; all of them go to import_rejection. */
export const FIRST_ERRORS = 100;
const PROGRESS_EVERY_ROWS = 5000;
const PROGRESS_EVERY_MS = 1000;
/** Longest stretch an import keeps the event loop before letting other requests through. */
const TURN_MS = 20;

export type { ImportCounts };

/** A value in COPY's text format: `\N` for null, backslash, tab and line breaks escaped. */
function copyText(value: string): string {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 92 || c === 9 || c === 10 || c === 13)
      return value.replace(/[\\\t\n\r]/g, (x) =>
        x === '\\' ? '\\\\' : x === '\t' ? '\\t' : x === '\n' ? '\\n' : '\\r',
      );
  }
  return value;
}

/** Free text (names, protocols, the fiscal code as given): escaped. */
const t = (value: string | null): string => (value === null ? '\\N' : copyText(value));
/** Values the readers built from digits and fixed codes (dates, amounts, ISO and ISTAT codes): as they are. */
const v = (value: string | null): string => (value === null ? '\\N' : value);
const num = (value: number | null): string => (value === null ? '\\N' : String(value));
const json = (value: unknown): string => copyText(JSON.stringify(value));

/**
 * Ids of imported records: UUID version 7 (RFC 9562), the import's start time followed by a
 * counter from a random start, so the records of an import have increasing ids — the primary key
 * and the (tenant, created_at, id) index are appended to, not written at random places.
 */
export function timeOrderedIds(now = Date.now()): () => string {
  const random = randomBytes(10);
  const time = now.toString(16).padStart(12, '0');
  const head = `${time.slice(0, 8)}-${time.slice(8, 12)}-7${random.toString('hex', 0, 2).slice(1)}-${((random[2]! & 0x3f) | 0x80).toString(16)}${random.toString('hex', 3, 4)}-`;
  // A 48-bit counter from a random start below 2^47 (a million imports of a million rows never
  // carry into the group before), kept as two 24-bit halves so it is written without a division.
  let high = random.readUIntBE(4, 3) & 0x7fffff;
  let low = random.readUIntBE(7, 3);
  let highHex = hex24(high);
  return () => {
    const id = head + highHex + hex24(low);
    if (++low === 0x1000000) {
      low = 0;
      highHex = hex24(++high);
    }
    return id;
  };
}

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const hex24 = (n: number) => HEX[n >>> 16]! + HEX[(n >>> 8) & 0xff]! + HEX[n & 0xff]!;

/** Job progress, written in short transactions of its own so the console sees it while the import runs. */
class JobProgress {
  counts: ImportCounts = {
    rows: 0,
    accepted: 0,
    rejected: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
  };
  readonly firstErrors: ImportErrorRow[] = [];
  readonly firstOutcomes: ImportRowOutcome[] = [];
  /** SHA-256 of the file, once read. */
  sha256: string | null = null;
  private pending: { row: number; reasons: string[]; cells: RawCell[] | null }[] = [];
  /** The file's header and names of columns, written once with the next progress. */
  private source: ImportSource | null = null;
  private sourceWritten = false;
  private lastWrite = Date.now();
  private lastRows = 0;

  constructor(
    private readonly pool: Pool,
    private readonly tenantId: string,
    private readonly jobId: string,
  ) {}

  /** The file the rows come from (the first batch says it). */
  sourceIs(source: ImportSource | undefined): void {
    if (source && !this.source) this.source = source;
  }

  /** A rejected row: its problems, and its cells as in the file for the file of rejects. */
  reject(row: number, issues: ImportIssue[], cells: RawCell[] | null): void {
    this.counts.rejected++;
    const error: ImportErrorRow = { row, reasons: issues.map(issueText), issues };
    if (this.firstErrors.length < FIRST_ERRORS) this.firstErrors.push(error);
    this.pending.push({ row, reasons: error.reasons, cells });
  }

  /**
   * A row refused as a whole once its chunk met the records already there (the same record twice
   * in the file, a cancelled record): no column is at fault, and its cells are no longer held.
   */
  private rejectRow(row: number, reason: string): void {
    this.counts.rejected++;
    const error: ImportErrorRow = { row, reasons: [`Riga ${row}: ${reason}`], issues: [] };
    if (this.firstErrors.length < FIRST_ERRORS) this.firstErrors.push(error);
    this.pending.push({ row, reasons: error.reasons, cells: null });
  }

  /** Names of columns as the file writes them (attribute names until the header is read). */
  get names(): Readonly<Record<string, string>> {
    return this.source?.names ?? {};
  }

  /** What a chunk did: rows refused there were counted as accepted when read. */
  merged(chunk: ChunkOutcome): void {
    this.counts.inserted += chunk.inserted;
    for (const o of chunk.outcomes) {
      if (o.outcome === 'UPDATED') this.counts.updated++;
      else this.counts.unchanged++;
      if (this.firstOutcomes.length < FIRST_ERRORS) this.firstOutcomes.push(o);
    }
    for (const r of chunk.refused) {
      this.counts.accepted--;
      this.rejectRow(r.row, r.reason);
    }
  }

  /**
   * Forgets what this run wrote of the job (rejected rows, counts): the import starts again from
   * the first row (the file is read again in another encoding, see EncodingRestart).
   */
  async discard(): Promise<void> {
    this.counts = { rows: 0, accepted: 0, rejected: 0, inserted: 0, updated: 0, unchanged: 0 };
    this.firstErrors.length = 0;
    this.firstOutcomes.length = 0;
    this.pending = [];
    await resetImportJob(this.pool, this.tenantId, this.jobId);
  }

  async maybeWrite(): Promise<void> {
    if (
      this.counts.rows - this.lastRows >= PROGRESS_EVERY_ROWS ||
      Date.now() - this.lastWrite > PROGRESS_EVERY_MS
    )
      await this.write();
  }

  async write(status: ImportJobStatus | null = null, failure: string | null = null): Promise<void> {
    this.lastWrite = Date.now();
    this.lastRows = this.counts.rows;
    const rejections = this.pending;
    this.pending = [];
    // Progress need not wait for the disk: the import's own (synchronous) commit comes later
    // and flushes the log up to it, so a committed import never lacks its rejected rows.
    await withTenant(
      this.pool,
      this.tenantId,
      async (client) => {
        await importRejectionRepository.add(client, this.jobId, this.tenantId, rejections);
        if (this.source && !this.sourceWritten) {
          await importJobRepository.recordSource(client, this.jobId, this.source);
          this.sourceWritten = true;
        }
        await importJobRepository.recordProgress(client, this.jobId, {
          ...this.counts,
          firstErrors: this.firstErrors,
          firstOutcomes: this.firstOutcomes,
          sha256: this.sha256,
          status,
          failure,
        });
      },
      { settings: { synchronous_commit: status === null ? 'off' : 'on' } },
    );
  }
}

export interface ImportRequest {
  jobId: string;
  tenantId: string;
  actor: string;
  config: TenantConfig;
  /**
   * Runs once the whole file is read, before the import commits, on its connection (bound to
   * the tenant): the SHA-256 of the file is known then. It may refuse the import by throwing.
   */
  beforeCommit?: (client: PoolClient) => Promise<void>;
  /** The SHA-256 of the file's bytes, once read (stored on the job). */
  sha256?: () => string | null;
  /**
   * Whether a failure will be tried again (the queue's next attempt): the job then stays
   * RUNNING, with nothing of this run, instead of FAILED.
   */
  willRetry?: (error: unknown) => boolean;
}

/** An import refused before it committed; its message says why (stored on the job). */
export class ImportRefusedError extends Error {}

/** Rows handed to PostgreSQL at a time: one chunk moves while the next is read (~10 MB each). */
const ROWS_PER_CHUNK = 20_000;

/**
 * Imports rows as they stream: each is normalised and validated, accepted ones go, a chunk at a
 * time, through COPY into a temporary staging table and on into the (row-level secured) benefit
 * table while the next chunk is read — all in ONE tenant-bound transaction, so a file that breaks
 * half-way leaves no record. Progress and rejected rows are written to the job outside that
 * transaction.
 */
export async function runImport(
  pool: Pool,
  request: ImportRequest,
  batches: AsyncIterable<ImportBatch>,
): Promise<ImportCounts> {
  const progress = new JobProgress(pool, request.tenantId, request.jobId);
  const serviceList = request.config.valueList(SIUSS_SERVICE_LIST);
  const serviceNames = new Map((serviceList?.items ?? []).map((i) => [i.code, i.label]));
  const serviceName = (code: string) => serviceNames.get(code) ?? null;
  const serviceCodes = request.config.listCodes(SIUSS_SERVICE_LIST);
  const customDefinitions = request.config.fieldDefinitions('SOCIAL_BENEFIT');
  try {
    await withTenant(
      pool,
      request.tenantId,
      async (client) => {
        let staged: StagedInsert | null = null;
        try {
          await openImportStaging(client);
          staged = new StagedInsert(
            client,
            'import_staging',
            'siuss.social_benefit',
            COLUMNS,
            async (c) => progress.merged(await mergeChunk(c, COLUMNS, request.jobId)),
          );
          const line = copyLineWriter(request);
          const text = new CopyText();
          let customKeys: string[] | null = null;
          let turnStart = Date.now();
          for await (const { rows, lines, cells, source } of batches) {
            progress.sourceIs(source);
            for (let i = 0; i < rows.length; i++) {
              const row = rows[i]!;
              const rowNumber = lines[i]!;
              progress.counts.rows++;
              const result = benefitFromRow(
                row,
                serviceName,
                (customKeys ??= customFieldKeys(row)),
              );
              if ('issues' in result) {
                progress.reject(
                  rowNumber,
                  result.issues.map((p) => locateIssue(rowNumber, p, progress.names)),
                  cells?.[i] ?? null,
                );
                continue;
              }
              const custom =
                customDefinitions.length || Object.keys(result.customFields).length
                  ? request.config.validate('SOCIAL_BENEFIT', result.customFields)
                  : null;
              if (custom?.errors.length) {
                progress.reject(
                  rowNumber,
                  custom.errors.map((e) =>
                    locateIssue(
                      rowNumber,
                      { attribute: e.field, value: row[e.field] ?? '', message: e.message },
                      progress.names,
                    ),
                  ),
                  cells?.[i] ?? null,
                );
                continue;
              }
              progress.counts.accepted++;
              text.add(
                line(
                  rowNumber,
                  result.data,
                  custom?.values ?? null,
                  validateBenefit(result.data, { serviceCodes }),
                ),
              );
            }
            if (text.rows >= ROWS_PER_CHUNK) await staged.push(text.take());
            await progress.maybeWrite();
            // Batches that are already buffered follow one another without I/O: other tenants' requests wait.
            if (Date.now() - turnStart > TURN_MS) {
              await nextTurn();
              turnStart = Date.now();
            }
          }
          await staged.push(text.take());
          await staged.done();
          progress.sha256 = request.sha256?.() ?? null;
          await request.beforeCommit?.(client);
        } catch (error) {
          // A COPY still open is ended first, so that the rollback can go through.
          await staged?.abort();
          throw error;
        }
      },
      // A million rows take longer than the service role's statement timeout.
      { settings: { statement_timeout: '0' } },
    );
    noteTenantWrite(request.tenantId);
  } catch (error) {
    // Not UTF-8 after all, or a failure tried again: nothing of this run stays, the file is read again.
    if (error instanceof EncodingRestart || request.willRetry?.(error)) {
      await progress.discard();
      throw error;
    }
    const message = error instanceof Error ? error.message : String(error);
    // Nothing went in: the job says so, with no count of records made or matched.
    progress.counts.inserted = progress.counts.updated = progress.counts.unchanged = 0;
    progress.firstOutcomes.length = 0;
    await progress
      .write(
        'FAILED',
        `Importazione non riuscita, nessun record importato: ${message}`.slice(0, 1000),
      )
      .catch(() => undefined);
    throw error;
  }
  // A large import changes what the planner should know of the table: it learns it now, not
  // when autovacuum comes by (the job is complete either way).
  if (progress.counts.accepted >= BULK_ROWS) await refreshStatistics(pool, 'social_benefit');
  await progress.write('COMPLETED');
  return progress.counts;
}

/**
 * The COPY text line of each accepted row, in COLUMNS order; what is the same for every row of
 * the import (tenant, source, time, actor) is written once.
 */
function copyLineWriter(
  request: ImportRequest,
): (
  row: number,
  data: BenefitData,
  customFields: Record<string, unknown> | null,
  issues: ValidationIssue[],
) => string {
  const nextId = timeOrderedIds();
  const now = new Date().toISOString();
  const actor = copyText(request.actor);
  const afterId = `\t${request.tenantId}\t1\t`;
  const sourceId = `\tIMPORT\t${request.jobId}:`;
  const stamps = `\t${now}\t${actor}\t${now}\t${actor}\n`;
  return (row, d, customFields, issues) =>
    nextId() +
    afterId +
    statusAfterChange(null, issues) +
    sourceId +
    row +
    `\t${t(d.fiscalCode)}\t${t(d.lastName)}\t${t(d.firstName)}\t${num(d.birthYear)}\t${t(d.birthPlaceCode)}\t${v(d.sex)}` +
    `\t${v(d.citizenshipCode)}\t${v(d.secondCitizenshipCode)}\t${v(d.regionCode)}\t${v(d.municipalityCode)}\t${v(d.countryCode)}` +
    `\t${d.meansTest}\t${d.character}\t${t(d.serviceCode)}\t${t(d.serviceName)}\t${t(d.requestProtocol)}` +
    `\t${v(d.eventDate)}\t${v(d.startDate)}\t${v(d.endDate)}\t${v(d.paymentDate)}\t${v(d.amount)}\t${v(d.monthlyAmount)}\t${num(d.months)}` +
    `\t${v(d.entityShare)}\t${v(d.userShare)}\t${v(d.healthServiceShare)}\t${v(d.requestedShare)}\t${v(d.iseeThreshold)}\t${v(d.monthlyHours)}` +
    `\t${d.takenInCharge ? 't' : 'f'}\t${v(d.userArea)}\t${t(d.dsuProtocol)}\t${num(d.dsuYear)}\t${v(d.dsuDate)}` +
    `\t${customFields === null ? '{}' : json(customFields)}\t${issues.length === 0 ? '[]' : json(issues)}` +
    stamps;
}

/**
 * Forgets what an earlier run wrote of the job (rejected rows, counts), the job RUNNING again:
 * before a run that starts from the first row (another encoding, a retry after a crash).
 */
export async function resetImportJob(pool: Pool, tenantId: string, jobId: string): Promise<void> {
  await withTenant(pool, tenantId, async (client) => {
    await importRejectionRepository.removeAll(client, jobId);
    await importJobRepository.recordProgress(client, jobId, {
      rows: 0,
      accepted: 0,
      rejected: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      firstErrors: [],
      firstOutcomes: [],
      sha256: null,
      status: null,
      failure: null,
    });
  });
}

/** Ends a job that never reached its import (an upload refused or cut short): FAILED, `failure`. */
export async function failImportJob(
  pool: Pool,
  tenantId: string,
  jobId: string,
  failure: string,
  sha256: string | null,
): Promise<void> {
  await withTenant(pool, tenantId, (client) =>
    importJobRepository.recordProgress(client, jobId, {
      rows: 0,
      accepted: 0,
      rejected: 0,
      inserted: 0,
      updated: 0,
      unchanged: 0,
      firstErrors: [],
      firstOutcomes: [],
      sha256,
      status: 'FAILED',
      failure,
    }),
  );
}

/** Creates the job row (RUNNING) in a transaction of its own. */
export async function createImportJob(pool: Pool, job: NewImportJob): Promise<void> {
  await withTenant(pool, job.tenantId, (client) => importJobRepository.create(client, job));
}
