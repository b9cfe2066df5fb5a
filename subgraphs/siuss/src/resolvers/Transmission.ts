import { tenantOf } from '@sisa/kernel';
import { fieldLabel } from '../domain/importColumns';
import type { ImportErrorRow } from '../entities/importJob.entity';
import type { Transmission, TransmissionFile } from '../entities/transmission.entity';
import { filesOfTransmission, transmissionLoader } from './loaders';
import type { ImportFormat, Resolvers } from '../generated/resolvers';

/** The gateway path of a transmission file (GET with the same token; same tenant only). */
export function transmissionFileUrl(transmissionId: string, name: string): string {
  return `/files/siuss/transmissions/${transmissionId}/${name}.xml`;
}

const IMPORT_FORMATS: readonly ImportFormat[] = ['CSV', 'XLSX', 'TXT'];

function importFormat(stored: string): ImportFormat {
  const format = IMPORT_FORMATS.find((f) => f === stored.toUpperCase());
  if (!format) throw new Error(`Formato di importazione sconosciuto: ${stored}`);
  return format;
}

export const TransmissionResolvers: Resolvers = {
  Transmission: {
    async __resolveReference(ref: { id: string }, ctx) {
      tenantOf(ctx, { domain: 'siuss', level: 'read' });
      return transmissionLoader(ctx).load(ref.id);
    },
    async files(t: Transmission, _args, ctx) {
      const files = (await filesOfTransmission(ctx).load(t.id)) ?? [];
      return files.map((f: TransmissionFile) => ({
        name: `${f.name}.xml`,
        records: f.records,
        sizeBytes: f.sizeBytes,
        sha256: f.sha256,
        url: transmissionFileUrl(t.id, f.name),
      }));
    },
  },
  ImportJob: {
    rejectsUrl: (job: { id: string }) => `/files/siuss/imports/${job.id}/rejects.csv`,
    /** Stored as the upload's `format` parameter (`csv`); the API's `ImportFormat` is `CSV`. */
    format: (job: { format: string }) => importFormat(job.format),
    rejectsXlsxUrl: (job: { id: string; format: string }) =>
      job.format === 'xlsx' ? `/files/siuss/imports/${job.id}/rejects.xlsx` : null,
  },
  ImportError: {
    issues: (error: ImportErrorRow) => error.issues ?? [],
  },
  ValidationIssue: {
    label: (issue: { field: string; label?: string }) => issue.label ?? fieldLabel(issue.field),
  },
  ImportRowOutcome: {
    message: (o: { outcome: string }) =>
      o.outcome === 'UPDATED' ? 'aggiornata' : 'già presente, invariata',
  },
};
