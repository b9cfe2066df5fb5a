import type { PoolClient } from 'pg';
import type { ImportJobStatus } from '@sisa/rules';
import type { RawCell, ImportSource } from '../domain/importRow';
import type { ImportColumn, ImportErrorRow, ImportRowOutcome } from './importJob.entity';

// An import's job and its rejected rows, on a raw connection bound to the tenant (`withTenant`):
// they are written outside the import's own transaction, so the console sees them as it runs.

/** An earlier import of the same file by the tenant. */
export interface EarlierImport {
  jobId: string;
  createdAt: Date;
  fileName: string | null;
}

/** What an import counts of its rows. */
export interface ImportCounts {
  rows: number;
  /** Rows read into a record: inserted + updated + unchanged (once the import is over). */
  accepted: number;
  rejected: number;
  /** New records. */
  inserted: number;
  /** Records already there (same natural key) whose values the row changed. */
  updated: number;
  /** Records already there with the same values: nothing changed. */
  unchanged: number;
}

/** What the job says of its progress (written every few thousand rows, and at the end). */
export interface ImportProgress extends ImportCounts {
  firstErrors: ImportErrorRow[];
  firstOutcomes: ImportRowOutcome[];
  sha256: string | null;
  /** COMPLETED or FAILED at the end (then `finished_at` is set), else null. */
  status: string | null;
  failure: string | null;
}

/** A rejected row as the file of rejects writes it back. */
export interface RejectedRow {
  row_number: number;
  reasons: string;
  cells: RawCell[] | null;
}

/** What an import job starts with. */
export interface NewImportJob {
  id: string;
  tenantId: string;
  format: string;
  fileName: string | null;
  layoutId: string | null;
  actor: string;
}

export const importJobRepository = {
  /** Creates the job, RUNNING, with no row read yet. */
  async create(client: PoolClient, job: NewImportJob): Promise<void> {
    await client.query(
      `insert into siuss.import_job (id, tenant_id, status, format, file_name, layout_id, rows, accepted, rejected, errors, created_at, created_by)
       values ($1, $2, 'RUNNING', $3, $4, $5, 0, 0, 0, '[]', now(), $6)`,
      [job.id, job.tenantId, job.format, job.fileName, job.layoutId, job.actor],
    );
  },

  /** The file's header, names of columns and delimiter (the file of rejects is written with them). */
  async recordSource(client: PoolClient, jobId: string, source: ImportSource): Promise<void> {
    await client.query(
      `update siuss.import_job set source_header = $2::jsonb, source_names = $3::jsonb, source_delimiter = $4 where id = $1`,
      [jobId, JSON.stringify(source.header), JSON.stringify(source.names), source.delimiter],
    );
  },

  /** The counts so far, the first errors and outcomes; with a status, the end of the import. */
  async recordProgress(client: PoolClient, jobId: string, p: ImportProgress): Promise<void> {
    await client.query(
      `update siuss.import_job set rows = $2, accepted = $3, rejected = $4, errors = $5::jsonb,
         status = coalesce($6, status), failure = coalesce($7, failure), finished_at = case when $6::text is null then finished_at else now() end,
         inserted = $8, updated = $9, unchanged = $10, outcomes = $11::jsonb, sha256 = coalesce($12, sha256)
       where id = $1`,
      [
        jobId,
        p.rows,
        p.accepted,
        p.rejected,
        JSON.stringify(p.firstErrors),
        p.status,
        p.failure,
        p.inserted,
        p.updated,
        p.unchanged,
        JSON.stringify(p.firstOutcomes),
        p.sha256,
      ],
    );
  },

  /** The job's format and the file's header and delimiter, for its file of rejects. */
  async sourceOf(
    client: PoolClient,
    jobId: string,
  ): Promise<{ format: string; header: RawCell[] | null; delimiter: string | null } | undefined> {
    const { rows } = await client.query<{
      format: string;
      header: RawCell[] | null;
      delimiter: string | null;
    }>(
      'select format, source_header as header, source_delimiter as delimiter from siuss.import_job where id = $1',
      [jobId],
    );
    return rows[0];
  },

  /** The job's status, or undefined when the tenant has no such job. */
  async statusOf(client: PoolClient, jobId: string): Promise<ImportJobStatus | undefined> {
    const { rows } = await client.query<{ status: ImportJobStatus }>(
      'select status from siuss.import_job where id = $1',
      [jobId],
    );
    return rows[0]?.status;
  },

  /** The job's status and counts, as the import's answer gives them. */
  async countsOf(
    client: PoolClient,
    jobId: string,
  ): Promise<({ status: ImportJobStatus } & ImportCounts) | undefined> {
    const { rows } = await client.query<{ status: ImportJobStatus } & ImportCounts>(
      `select status, rows, accepted, rejected, inserted, updated, unchanged
       from siuss.import_job where id = $1`,
      [jobId],
    );
    return rows[0];
  },

  /** The tenant's first completed import of a file with this SHA-256 (other than `exceptJob`). */
  async earlierImportOfFile(
    client: PoolClient,
    sha256: string,
    exceptJob: string | null,
  ): Promise<EarlierImport | null> {
    const { rows } = await client.query<{ id: string; created_at: Date; file_name: string | null }>(
      `select id, created_at, file_name from siuss.import_job
       where sha256 = $1 and status = 'COMPLETED' and id is distinct from $2::uuid
       order by created_at limit 1`,
      [sha256, exceptJob],
    );
    const row = rows[0];
    return row ? { jobId: row.id, createdAt: row.created_at, fileName: row.file_name } : null;
  },
};

export const importRejectionRepository = {
  /** Adds rejected rows to the job (a row already there is left as it is). */
  async add(
    client: PoolClient,
    jobId: string,
    tenantId: string,
    rejections: readonly { row: number; reasons: readonly string[]; cells: RawCell[] | null }[],
  ): Promise<void> {
    if (!rejections.length) return;
    await client.query(
      `insert into siuss.import_rejection (job_id, row_number, tenant_id, reasons, cells)
       select $1, r, $2, t, c::jsonb from unnest($3::int[], $4::text[], $5::text[]) as x(r, t, c)
       on conflict do nothing`,
      [
        jobId,
        tenantId,
        rejections.map((e) => e.row),
        rejections.map((e) => e.reasons.join('; ')),
        rejections.map((e) => (e.cells ? JSON.stringify(e.cells) : null)),
      ],
    );
  },

  /** Removes the job's rejected rows (an import that starts again from the first row). */
  async removeAll(client: PoolClient, jobId: string): Promise<void> {
    await client.query('delete from siuss.import_rejection where job_id = $1', [jobId]);
  },

  /** The job's rejected rows after row `after`, in order, at most `limit`. */
  async pageAfter(
    client: PoolClient,
    jobId: string,
    after: number,
    limit: number,
  ): Promise<RejectedRow[]> {
    const { rows } = await client.query<RejectedRow>(
      `select row_number, reasons, cells from siuss.import_rejection
       where job_id = $1 and row_number > $2 order by row_number limit ${Math.trunc(limit)}`,
      [jobId, after],
    );
    return rows;
  },
};

/** A saved layout as a file is read with it (or a template written from it). */
export interface LayoutForFiles {
  kind: 'COLUMN_MAPPING' | 'FIXED_WIDTH';
  columns: ImportColumn[];
  skipFirstLine: boolean;
}

export const importLayoutRepository = {
  /** The tenant's layout `id`, as files are read with it; undefined when it has none such. */
  async forFiles(client: PoolClient, id: string): Promise<LayoutForFiles | undefined> {
    const { rows } = await client.query<LayoutForFiles>(
      'select kind, columns, skip_first_line as "skipFirstLine" from siuss.import_layout where id = $1',
      [id],
    );
    return rows[0];
  },
};
