import { BadUserInputError, tenantOf } from '@sisa/kernel';
import { recordsPerFileProblem } from '../domain/transmissionRequest';
import { previewTransmission } from '../services/transmissionPreview';
import type { Resolvers } from '../generated/resolvers';

export const TransmissionPreviewResolvers: Resolvers = {
  Query: {
    /** What the next transmission of a flow would carry: read-only, one snapshot. */
    async transmissionPreview(_, { input }, ctx) {
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
