// SIUSS file imports: the job (progress and rejected rows), the formats, the upload's address.

import type { ImportJobDetailFragment } from '../../generated/graphql';

/** An import as the console reads it (operations/siuss.graphql): progress, then rejected rows. */
export type ImportJob = ImportJobDetailFragment;

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
