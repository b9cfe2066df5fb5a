import { tenantOf, type ResolverMap } from '@sisa/kernel';
import { fieldLabel } from '../domain/importColumns';
import type { ImportErrorRow } from '../entities/importJob.entity';
import type { Transmission, TransmissionFile } from '../entities/transmission.entity';
import type { SiussContext } from '../context';
import { filesOfTransmission, transmissionLoader } from './loaders';

/** The gateway path of a transmission file (GET with the same token; same tenant only). */
export function transmissionFileUrl(transmissionId: string, name: string): string {
  return `/files/siuss/transmissions/${transmissionId}/${name}.xml`;
}

export const TransmissionResolvers: ResolverMap<SiussContext> = {
  Transmission: {
    async __resolveReference(ref: { id: string }, ctx: SiussContext) {
      tenantOf(ctx, { domain: 'siuss', level: 'read' });
      return transmissionLoader(ctx).load(ref.id);
    },
    async files(t: Transmission, _args: unknown, ctx: SiussContext) {
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
    format: (job: { format: string }) => job.format.toUpperCase(),
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
