import { byKeys, groupByKeys, inTurn, loaderOf } from '@sisa/kernel';
import type { SocialBenefit } from '../entities/socialBenefit.entity';
import { socialBenefitRepository } from '../entities/socialBenefit.repository';
import {
  Transmission,
  TransmissionFile,
  type TransmissionItem,
} from '../entities/transmission.entity';
import type { SiussContext } from '../context';

// One SQL query per kind of data per request, however many parents ask; loaders of different
// kinds dispatch in the same tick, and take turns on the operation's connection.

export const benefitLoader = (ctx: SiussContext) =>
  loaderOf<string, SocialBenefit>(ctx, 'benefit', async (ids) =>
    byKeys(
      ids,
      await inTurn(ctx, () => socialBenefitRepository.findByIds(ctx.em, ids)),
      (b) => b.id,
    ),
  );

export const benefitsOfFiscalCode = (ctx: SiussContext) =>
  loaderOf<string, SocialBenefit[]>(ctx, 'benefitsOfFiscalCode', async (codes) =>
    groupByKeys(
      codes,
      await inTurn(ctx, () => socialBenefitRepository.findByFiscalCodes(ctx.em, codes)),
      (b) => b.fiscalCode,
    ),
  );

export const transmissionLoader = (ctx: SiussContext) =>
  loaderOf<string, Transmission>(ctx, 'transmission', async (ids) =>
    byKeys(
      ids,
      await inTurn(ctx, () => ctx.em.find(Transmission, { id: { $in: [...ids] } })),
      (t) => t.id,
    ),
  );

export const filesOfTransmission = (ctx: SiussContext) =>
  loaderOf<string, TransmissionFile[]>(ctx, 'filesOfTransmission', async (ids) =>
    groupByKeys(
      ids,
      await inTurn(ctx, () =>
        ctx.em.find(
          TransmissionFile,
          { transmissionId: { $in: [...ids] } },
          { orderBy: { position: 'asc' } },
        ),
      ),
      (f) => f.transmissionId,
    ),
  );

export const itemsOfBenefit = (ctx: SiussContext) =>
  loaderOf<string, TransmissionItem[]>(ctx, 'itemsOfBenefit', async (ids) =>
    groupByKeys(
      ids,
      await inTurn(ctx, () => socialBenefitRepository.itemsOf(ctx.em, ids)),
      (i) => i.benefitId,
    ),
  );
