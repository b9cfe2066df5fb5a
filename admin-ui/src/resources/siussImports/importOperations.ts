// SIUSS file imports: the job (progress and rejected rows) and the saved layouts.

export interface ImportJob {
  id: string;
  status: 'RUNNING' | 'COMPLETED' | 'FAILED';
  format: string;
  fileName?: string | null;
  rows: number;
  accepted: number;
  rejected: number;
  errors?: { row: number; reasons: string[]; issues?: ImportIssue[] }[];
  /** New records, records already there changed, records already there with the same values. */
  inserted?: number;
  updated?: number;
  unchanged?: number;
  /** The first rows that found a record already there. */
  outcomes?: {
    row: number;
    outcome: 'UPDATED' | 'UNCHANGED';
    benefitId: string;
    message: string;
  }[];
  failure?: string | null;
  rejectsUrl: string;
  rejectsXlsxUrl?: string | null;
  createdAt: string;
  finishedAt?: string | null;
}

/** A problem of a rejected row: the column as the file calls it, the value as typed. */
export interface ImportIssue {
  line: number;
  column: string;
  value: string;
  message: string;
  field: string;
}

export const IMPORT_JOB = `query consoleImportJob($id: ID!) {
  job: importJob(id: $id) { id status format fileName rows accepted rejected inserted updated unchanged failure rejectsUrl rejectsXlsxUrl createdAt finishedAt
    errors { row reasons issues { line column value message field } } outcomes { row outcome benefitId message } }
}`;

/** A column of the file to import, as the help table shows it. */
export interface ImportColumnHelp {
  name: string;
  label: string;
  description: string;
  format: string;
  example: string;
  required: boolean;
  start?: number | null;
  length?: number | null;
}

export const IMPORT_COLUMNS = `query consoleImportColumns($layoutId: ID) {
  columns: siussImportColumns(layoutId: $layoutId) { name label description format example required start length }
  templates: siussImportTemplates(layoutId: $layoutId) { csvUrl xlsxUrl }
}`;

export const IMPORT_LAYOUTS = `query consoleImportLayouts { layouts: importLayouts { id name kind } }`;

export const FORMATS = ['csv', 'xlsx', 'txt'] as const;
export type ImportFormat = (typeof FORMATS)[number];

/** The format a file's name says (`.csv`, `.xlsx`, `.txt`), csv otherwise. */
export function formatOf(fileName: string): ImportFormat {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  return (FORMATS as readonly string[]).includes(extension) ? (extension as ImportFormat) : 'csv';
}

/**
 * A random UUID (v4) for the job, chosen here so the page can follow it while the file uploads.
 * `crypto.randomUUID` exists only on secure origins; a comune's intranet may serve plain http.
 */
export function newJobId(): string {
  if (typeof crypto.randomUUID === 'function' && window.isSecureContext) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The import endpoint for one upload (the token goes in a header, never here). */
export function importUrl(options: {
  jobId: string;
  format: ImportFormat;
  fileName: string;
  encoding?: string | null;
  layoutId?: string | null;
  /** Import even a file the comune already imported (the server refuses it otherwise). */
  confirmDuplicate?: boolean;
}): string {
  const query = new URLSearchParams({
    format: options.format,
    jobId: options.jobId,
    fileName: options.fileName,
  });
  if (options.encoding) query.set('encoding', options.encoding);
  if (options.layoutId) query.set('layout', options.layoutId);
  if (options.confirmDuplicate) query.set('confirmDuplicate', 'true');
  return `/files/siuss/imports?${query}`;
}
