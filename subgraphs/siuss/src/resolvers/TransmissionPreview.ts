import { BadUserInputError, RateLimitedError, tenantOf } from '@sisa/kernel';
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
      const slot = ctx.services.previewSlots.take(tenantId);
      if ('status' in slot) throw new RateLimitedError(slot.message, slot.retryAfterSeconds);
      try {
        return await previewTransmission(ctx.services.pool, {
          tenantId,
          flow: input.flow ?? 'PS_PSA_SINA',
          recordsPerFile,
        });
      } finally {
        slot.release();
      }
    },
  },
};
