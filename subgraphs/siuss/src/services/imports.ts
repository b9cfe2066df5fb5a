import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import type { Pool, PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { TenantConfig } from '@sisa/kernel';
import type { BenefitData } from '../domain/benefit';
import { benefitFromRow, type ImportRow } from '../domain/importRow';
import { statusAfterChange } from '../domain/status';
import { validateBenefit } from '../domain/validation';
import type { ImportErrorRow } from '../entities/importJob.entity';
import { SIUSS_SERVICE_LIST } from './serviceCatalog';

/** Columns written by an import, in COPY order. */
const COLUMNS = [
  'id', 'tenant_id', 'version', 'status', 'source', 'source_id', 'fiscal_code', 'last_name', 'first_name', 'birth_year',
  'birth_place_code', 'sex', 'citizenship_code', 'second_citizenship_code', 'region_code', 'municipality_code', 'country_code',
  'means_test', 'character', 'service_code', 'service_name', 'request_protocol', 'event_date', 'start_date', 'end_date',
  'payment_date', 'amount', 'monthly_amount', 'months', 'entity_share', 'user_share', 'health_service_share', 'requested_share',
  'isee_threshold', 'monthly_hours', 'taken_in_charge', 'user_area', 'dsu_protocol', 'dsu_year', 'dsu_date', 'custom_fields',
  'issues', 'created_at', 'created_by', 'updated_at', 'updated_by',
] as const;

/** The first rejected rows kept on the job itself; all of them go to import_rejection. */
export const FIRST_ERRORS = 100;
const PROGRESS_EVERY_ROWS = 5000;
const PROGRESS_EVERY_MS = 1000;

export interface ImportCounts {
  rows: number;
  accepted: number;
  rejected: number;
}

function csvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

function copyLine(values: unknown[]): string {
  return values.map(csvValue).join(',') + '\n';
}

/** Job progress, written in short transactions of its own so the console sees it while the import runs. */
class JobProgress {
  counts: ImportCounts = { rows: 0, accepted: 0, rejected: 0 };
  readonly firstErrors: ImportErrorRow[] = [];
  private pending: ImportErrorRow[] = [];
  private lastWrite = Date.now();

  constructor(
    private readonly pool: Pool,
    private readonly tenantId: string,
    private readonly jobId: string,
  ) {}

  reject(row: number, reasons: string[]): void {
    this.counts.rejected++;
    const error = { row, reasons };
    if (this.firstErrors.length < FIRST_ERRORS) this.firstErrors.push(error);
    this.pending.push(error);
  }

  async maybeWrite(): Promise<void> {
    if (this.counts.rows % PROGRESS_EVERY_ROWS === 0 || Date.now() - this.lastWrite > PROGRESS_EVERY_MS) await this.write();
  }

  async write(status: string | null = null, failure: string | null = null): Promise<void> {
    this.lastWrite = Date.now();
    const rejections = this.pending;
    this.pending = [];
    const client = await this.pool.connect();
    try {
      await client.query('begin');
      await client.query(`select set_config('app.tenant_id', $1, true)`, [this.tenantId]);
      if (rejections.length) {
        await client.query(
          `insert into siuss.import_rejection (job_id, row_number, tenant_id, reasons)
           select $1, r, $2, t from unnest($3::int[], $4::text[]) as x(r, t) on conflict do nothing`,
          [this.jobId, this.tenantId, rejections.map((e) => e.row), rejections.map((e) => e.reasons.join('; '))],
        );
      }
      await client.query(
        `update siuss.import_job set rows = $2, accepted = $3, rejected = $4, errors = $5::jsonb,
           status = coalesce($6, status), failure = coalesce($7, failure), finished_at = case when $6::text is null then finished_at else now() end
         where id = $1`,
        [this.jobId, this.counts.rows, this.counts.accepted, this.counts.rejected, JSON.stringify(this.firstErrors), status, failure],
      );
      await client.query('commit');
    } catch (error) {
      await client.query('rollback').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

export interface ImportRequest {
  jobId: string;
  tenantId: string;
  actor: string;
  config: TenantConfig;
}

/**
 * Imports rows as they stream: each is normalised and validated, accepted ones go through COPY
 * into a temporary staging table, then one INSERT … SELECT moves them into the (row-level
 * secured) benefit table — all in ONE tenant-bound transaction, so a file that breaks half-way
 * leaves no record. Progress and rejected rows are written to the job outside that transaction.
 */
export async function runImport(pool: Pool, request: ImportRequest, rows: AsyncIterable<ImportRow>): Promise<ImportCounts> {
  const progress = new JobProgress(pool, request.tenantId, request.jobId);
  const serviceList = request.config.valueList(SIUSS_SERVICE_LIST);
  const serviceNames = new Map((serviceList?.items ?? []).map((i) => [i.code, i.label]));
  const serviceCodes = request.config.listCodes(SIUSS_SERVICE_LIST);
  const customDefinitions = request.config.fieldDefinitions('SOCIAL_BENEFIT');
  const client = await pool.connect();
  let broken = false;
  let copy: ReturnType<typeof copyFrom> | null = null;
  let copying = false;
  // PostgreSQL answers a failed COPY with an error the client emits on its own: it is expected.
  const ignore = () => undefined;
  client.on('error', ignore);
  try {
    await client.query('begin');
    await client.query(`select set_config('app.tenant_id', $1, true), set_config('statement_timeout', '0', true)`, [request.tenantId]);
    await client.query(`create temporary table import_staging (like siuss.social_benefit including defaults) on commit drop`);
    copy = client.query(copyFrom(`copy import_staging (${COLUMNS.join(', ')}) from stdin with (format csv)`));
    copying = true;
    const copyDone = once(copy, 'finish');
    copyDone.catch(ignore); // awaited below on success; on failure the catch block takes over
    copy.on('error', ignore);
    const now = new Date().toISOString();
    let buffer = '';
    for await (const row of rows) {
      progress.counts.rows++;
      const rowNumber = progress.counts.rows;
      const result = benefitFromRow(row, (code) => serviceNames.get(code) ?? null);
      if ('reasons' in result) progress.reject(rowNumber, result.reasons);
      else {
        const custom = customDefinitions.length || Object.keys(result.customFields).length ? request.config.validate('SOCIAL_BENEFIT', result.customFields) : { values: {}, errors: [] };
        if (custom.errors.length) progress.reject(rowNumber, custom.errors.map((e) => `${e.field}: ${e.message}`));
        else {
          progress.counts.accepted++;
          buffer += copyLine(recordValues(request, rowNumber, result.data, custom.values, validateBenefit(result.data, { serviceCodes }), now));
          if (buffer.length > 128 * 1024) {
            if (!copy.write(buffer)) await once(copy, 'drain');
            buffer = '';
          }
        }
      }
      await progress.maybeWrite();
    }
    if (buffer) copy.write(buffer);
    copy.end();
    await copyDone;
    copying = false;
    await client.query(`insert into siuss.social_benefit (${COLUMNS.join(', ')}) select ${COLUMNS.join(', ')} from import_staging`);
    await client.query('commit');
  } catch (error) {
    broken = true;
    // A COPY still open must be failed first (CopyFail), or the connection waits for its end.
    if (copy && copying) {
      const closed = once(copy, 'close').catch(() => undefined);
      copy.destroy(new Error('importazione interrotta'));
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 2000))]);
    }
    await client.query('rollback').catch(() => undefined);
    const message = error instanceof Error ? error.message : String(error);
    await progress.write('FAILED', `Importazione non riuscita, nessun record importato: ${message}`.slice(0, 1000)).catch(() => undefined);
    throw error;
  } finally {
    client.off('error', ignore);
    client.release(broken);
  }
  await progress.write('COMPLETED');
  return progress.counts;
}

function recordValues(request: ImportRequest, row: number, data: BenefitData, customFields: Record<string, unknown>, issues: ReturnType<typeof validateBenefit>, now: string): unknown[] {
  const d = data;
  return [
    randomUUID(), request.tenantId, 1, statusAfterChange(null, issues), 'IMPORT', `${request.jobId}:${row}`, d.fiscalCode, d.lastName, d.firstName, d.birthYear,
    d.birthPlaceCode, d.sex, d.citizenshipCode, d.secondCitizenshipCode, d.regionCode, d.municipalityCode, d.countryCode,
    d.meansTest, d.character, d.serviceCode, d.serviceName, d.requestProtocol, d.eventDate, d.startDate, d.endDate,
    d.paymentDate, d.amount, d.monthlyAmount, d.months, d.entityShare, d.userShare, d.healthServiceShare, d.requestedShare,
    d.iseeThreshold, d.monthlyHours, d.takenInCharge, d.userArea, d.dsuProtocol, d.dsuYear, d.dsuDate, customFields,
    issues, now, request.actor, now, request.actor,
  ];
}

/** Creates the job row (RUNNING) in a transaction of its own. */
export async function createImportJob(pool: Pool, job: { id: string; tenantId: string; format: string; fileName: string | null; layoutId: string | null; actor: string }): Promise<void> {
  await inTenant(pool, job.tenantId, (client) =>
    client.query(
      `insert into siuss.import_job (id, tenant_id, status, format, file_name, layout_id, rows, accepted, rejected, errors, created_at, created_by)
       values ($1, $2, 'RUNNING', $3, $4, $5, 0, 0, 0, '[]', now(), $6)`,
      [job.id, job.tenantId, job.format, job.fileName, job.layoutId, job.actor],
    ),
  );
}

/** Runs `work` on a pooled connection inside a transaction bound to the tenant. */
export async function inTenant<T>(pool: Pool, tenantId: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query(`select set_config('app.tenant_id', $1, true)`, [tenantId]);
    const result = await work(client);
    await client.query('commit');
    return result;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
