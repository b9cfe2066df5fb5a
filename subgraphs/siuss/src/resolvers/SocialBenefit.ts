import { auditedAs, customFieldsResolver, tenantOf, type ResolverMap } from '@sisa/kernel';
import type { SocialBenefit } from '../entities/socialBenefit.entity';
import type { TransmissionItem } from '../entities/transmission.entity';
import type { SiussContext } from '../context';
import { benefitLoader, itemsOfBenefit, transmissionLoader } from './loaders';

const READ = { domain: 'siuss', level: 'read' } as const;

const outcomeOf = (
  outcome: string | null | undefined,
  reason: string | null | undefined,
  at: Date | null | undefined,
) =>
  outcome && at
    ? { accepted: outcome === 'ACCEPTED', reason: reason ?? null, recordedAt: at }
    : null;

export const SocialBenefitResolvers: ResolverMap<SiussContext> = {
  SocialBenefit: {
    __isTypeOf: auditedAs('SocialBenefit', (b: SocialBenefit) => b.id),
    async __resolveReference(ref: { id: string }, ctx: SiussContext) {
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
      b.sina ? { neededServices: [], civilDisabilities: [], ...b.sina } : null,
    customFields: customFieldsResolver('SOCIAL_BENEFIT'),
    pendingCancellation: (b: SocialBenefit) =>
      b.pendingCancellation !== null && b.pendingCancellation !== undefined,
    inpsOutcome: (b: SocialBenefit) =>
      outcomeOf(b.inpsOutcome, b.inpsOutcomeReason, b.inpsOutcomeAt),
    async transmissions(b: SocialBenefit, _args: unknown, ctx: SiussContext) {
      const items = (await itemsOfBenefit(ctx).load(b.id)) ?? [];
      return items.map((i: TransmissionItem) => ({
        transmission: () => transmissionLoader(ctx).load(i.transmissionId),
        operation: i.operation,
        benefitVersion: i.benefitVersion,
        outcome: outcomeOf(i.outcome, i.outcomeReason, i.outcomeAt),
      }));
    },
  },
};
