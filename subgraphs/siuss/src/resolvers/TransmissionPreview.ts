import { BadUserInputError, tenantOf, type ResolverMap } from '@sisa/kernel';
import type { Flow } from '../domain/codes';
import { recordsPerFileProblem } from '../domain/transmissionRequest';
import { previewTransmission } from '../services/transmissionPreview';
import type { SiussContext } from '../context';

export const TransmissionPreviewResolvers: ResolverMap<SiussContext> = {
  Query: {
    /** What the next transmission of a flow would carry: read-only, one snapshot. */
    async transmissionPreview(
      _: unknown,
      { input }: { input: { flow?: Flow | null; recordsPerFile?: number | null } },
      ctx: SiussContext,
    ) {
      const tenantId = tenantOf(ctx, { domain: 'siuss', level: 'write' });
      const recordsPerFile = input.recordsPerFile ?? 10_000;
      const problem = recordsPerFileProblem(recordsPerFile);
      if (problem) throw BadUserInputError.field('input.recordsPerFile', problem);
      return previewTransmission(ctx.services.pool, {
        tenantId,
        flow: input.flow ?? 'PS_PSA_SINA',
        recordsPerFile,
      });
    },
  },
};
