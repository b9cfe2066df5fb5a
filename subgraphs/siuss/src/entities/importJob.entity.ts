import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { ImportJobStatus } from '@sisa/rules';
import type { ImportIssue } from '../domain/importIssues';
import type { RawCell } from '../domain/importRow';

/** The first rejected rows kept on the job for the console (all of them are in import_rejection). */
export interface ImportErrorRow {
  row: number;
  /** Each problem as a sentence (`issueText`). */
  reasons: string[];
  /** The same problems, structured (absent on jobs before they were kept). */
  issues?: ImportIssue[];
}

/** What a row did to a record already there (UPDATED, UNCHANGED), and which record. */
export interface ImportRowOutcome {
  row: number;
  outcome: 'UPDATED' | 'UNCHANGED';
  benefitId: string;
}

/**
 * An import of a file. Written outside the import's own transaction, so its progress is visible
 * while it runs; the records appear all together when the import commits, or never.
 */
export const ImportJob = defineEntity({
  name: 'ImportJob',
  tableName: 'import_job',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    status: p.string().length(16).$type<ImportJobStatus>(),
    format: p.string().length(8),
    fileName: p.string().length(200).nullable(),
    layoutId: p.uuid().nullable(),
    rows: p.integer(),
    accepted: p.integer(),
    rejected: p.integer(),
    errors: p.json<ImportErrorRow[]>(),
    /** Rows that made a new record, changed one already there, found one identical. */
    inserted: p.integer().default(0),
    updated: p.integer().default(0),
    unchanged: p.integer().default(0),
    /** The first rows that did not make a new record (all counted above). */
    outcomes: p.json<ImportRowOutcome[]>().default('[]'),
    /** SHA-256 of the file's bytes (hex), once read: the same file imported again is flagged. */
    sha256: p.string().length(64).nullable(),
    failure: p.string().length(1000).nullable(),
    /** The file's header row (for the file of rejects). */
    sourceHeader: p.json<RawCell[]>().nullable(),
    /** Attribute → the column's name in the file. */
    sourceNames: p.json<Record<string, string>>().nullable(),
    /** The delimiter of delimited text. */
    sourceDelimiter: p.string().length(1).nullable(),
    createdAt: p.datetime(),
    createdBy: p.string().length(200),
    finishedAt: p.datetime().nullable(),
  },
  indexes: [
    { name: 'import_job_tenant_created_index', properties: ['tenantId', 'createdAt'] },
    {
      // The same file imported again (see http/files.ts).
      name: 'import_job_tenant_sha256_index',
      expression: `create index "import_job_tenant_sha256_index" on "siuss"."import_job" ("tenant_id", "sha256") where "sha256" is not null`,
    },
  ],
});
export type ImportJob = InferEntity<typeof ImportJob>;

/** A saved way to read a tenant's files: column names → XSD attributes, or fixed-width positions. */
export interface ImportColumn {
  attribute: string;
  /** COLUMN_MAPPING: the header in the tenant's file. */
  header?: string | null;
  /** FIXED_WIDTH: 1-based first character and width. */
  start?: number | null;
  length?: number | null;
}

export const ImportLayout = defineEntity({
  name: 'ImportLayout',
  tableName: 'import_layout',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    name: p.string().length(100),
    kind: p.string().length(16).$type<'COLUMN_MAPPING' | 'FIXED_WIDTH'>(),
    columns: p.json<ImportColumn[]>(),
    /** FIXED_WIDTH: whether the first line is a header to skip. */
    skipFirstLine: p.boolean().default(false),
    version: p.integer(),
    updatedAt: p.datetime(),
    updatedBy: p.string().length(200),
  },
  uniques: [{ properties: ['tenantId', 'name'] }],
});
export type ImportLayout = InferEntity<typeof ImportLayout>;
