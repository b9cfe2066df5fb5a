import { byKeys, groupByKeys, loaderOf } from '@sisa/kernel';
import type { SocialBenefit } from '../entities/socialBenefit.entity';
import { socialBenefitRepository } from '../entities/socialBenefit.repository';
import {
  Transmission,
  TransmissionFile,
  type TransmissionItem,
} from '../entities/transmission.entity';
import type { SiussContext } from '../context';

// One SQL query per kind of data per request, however many parents ask.

export const benefitLoader = (ctx: SiussContext) =>
  loaderOf<string, SocialBenefit>(ctx, 'benefit', async (ids) =>
    byKeys(ids, await socialBenefitRepository.findByIds(ctx.em, ids), (b) => b.id),
  );

export const benefitsOfFiscalCode = (ctx: SiussContext) =>
  loaderOf<string, SocialBenefit[]>(ctx, 'benefitsOfFiscalCode', async (codes) =>
    groupByKeys(
      codes,
      await socialBenefitRepository.findByFiscalCodes(ctx.em, codes),
      (b) => b.fiscalCode,
    ),
  );

export const transmissionLoader = (ctx: SiussContext) =>
  loaderOf<string, Transmission>(ctx, 'transmission', async (ids) =>
    byKeys(ids, await ctx.em.find(Transmission, { id: { $in: [...ids] } }), (t) => t.id),
  );

export const filesOfTransmission = (ctx: SiussContext) =>
  loaderOf<string, TransmissionFile[]>(ctx, 'filesOfTransmission', async (ids) =>
    groupByKeys(
      ids,
      await ctx.em.find(
        TransmissionFile,
        { transmissionId: { $in: [...ids] } },
        { orderBy: { position: 'asc' } },
      ),
      (f) => f.transmissionId,
    ),
  );

export const itemsOfBenefit = (ctx: SiussContext) =>
  loaderOf<string, TransmissionItem[]>(ctx, 'itemsOfBenefit', async (ids) =>
    groupByKeys(ids, await socialBenefitRepository.itemsOf(ctx.em, ids), (i) => i.benefitId),
  );
