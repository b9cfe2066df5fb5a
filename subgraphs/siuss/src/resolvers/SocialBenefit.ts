import { auditedAs, customFieldsResolver, tenantOf } from '@sisa/kernel';
import type { SocialBenefit } from '../entities/socialBenefit.entity';
import type { TransmissionItem } from '../entities/transmission.entity';
import { benefitLoader, itemsOfBenefit, transmissionLoader } from './loaders';
import type { Resolvers } from '../generated/resolvers';

const READ = { domain: 'siuss', level: 'read' } as const;

const outcomeOf = (
  outcome: string | null | undefined,
  reason: string | null | undefined,
  at: Date | null | undefined,
) =>
  outcome && at
    ? { accepted: outcome === 'ACCEPTED', reason: reason ?? null, recordedAt: at }
    : null;

export const SocialBenefitResolvers: Resolvers = {
  SocialBenefit: {
    __isTypeOf: auditedAs('SocialBenefit', (b: SocialBenefit) => b.id),
    async __resolveReference(ref: { id: string }, ctx) {
      tenantOf(ctx, READ);
      return benefitLoader(ctx).load(ref.id);
    },
    beneficiary: (b: SocialBenefit) => ({ __typename: 'Subject', fiscalCode: b.fiscalCode }),
    residence: (b: SocialBenefit) => ({
      regionCode: b.regionCode,
      municipalityCode: b.municipalityCode,
      countryCode: b.countryCode,
    }),
    sina: (b: SocialBenefit) =>
      b.sina
        ? {
            ...b.sina,
            neededServices: b.sina.neededServices ?? [],
            civilDisabilities: b.sina.civilDisabilities ?? [],
          }
        : null,
    customFields: customFieldsResolver('SOCIAL_BENEFIT'),
    pendingCancellation: (b: SocialBenefit) =>
      b.pendingCancellation !== null && b.pendingCancellation !== undefined,
    inpsOutcome: (b: SocialBenefit) =>
      outcomeOf(b.inpsOutcome, b.inpsOutcomeReason, b.inpsOutcomeAt),
    transmissions: async (b: SocialBenefit, _args, ctx) =>
      (await itemsOfBenefit(ctx).load(b.id)) ?? [],
  },
  // A record's transmission item: the transmission is loaded only when asked for.
  BenefitTransmission: {
    async transmission(i: TransmissionItem, _args, ctx) {
      const transmission = await transmissionLoader(ctx).load(i.transmissionId);
      if (!transmission) throw new Error(`Trasmissione ${i.transmissionId} non trovata`);
      return transmission;
    },
    outcome: (i: TransmissionItem) => outcomeOf(i.outcome, i.outcomeReason, i.outcomeAt),
  },
};
