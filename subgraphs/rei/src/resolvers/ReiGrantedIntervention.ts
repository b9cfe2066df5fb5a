import { monthsInclusive } from '@sisa/italia';
import { auditedAs, BadUserInputError, tenantOf, inTurn } from '@sisa/kernel';
import type { ReiIntervention } from '../entities/reiIntervention.entity';
import { interventionRepository } from '../entities/reiProject.repository';
import { applicationLoader, projectLoader } from './loaders';
import { tenantConfigOf } from './ReiProject';
import type { Resolvers } from '../generated/resolvers';

const MAX_DAYS = 3 * 366;

export const ReiGrantedInterventionResolvers: Resolvers = {
  Query: {
    /** What the siuss subgraph extracts: see the SDL. */
    async reiGrantedInterventions(_, args, ctx) {
      const tenantId = tenantOf(ctx, { domain: 'rei', level: 'read' });
      if (args.to < args.from)
        throw BadUserInputError.field('to', 'La fine non può precedere l\u2019inizio');
      if ((Date.parse(args.to) - Date.parse(args.from)) / 86_400_000 > MAX_DAYS)
        throw BadUserInputError.field('to', 'Al massimo tre anni per volta');
      const interventions = await inTurn(ctx, () =>
        interventionRepository.findGranted(
          ctx.em,
          tenantId,
          args.from,
          args.to,
          args.changedSince ?? null,
        ),
      );
      const config = await tenantConfigOf(ctx);
      return Promise.all(
        interventions.map(async (i: ReiIntervention) => {
          const [application, project] = await Promise.all([
            applicationLoader(ctx).load(i.application),
            projectLoader(ctx).load(i.application),
          ]);
          const isee = application?.isee ?? null;
          return {
            id: i.id,
            applicationId: i.application,
            protocolNumber: application!.protocolNumber,
            applicationStatus: application!.status,
            projectSignedAt: project!.signedAt!,
            beneficiaryId: i.beneficiaryId,
            beneficiary: { __typename: 'Subject', id: i.beneficiaryId },
            beneficiaryFiscalCode: i.beneficiaryFiscalCode,
            interventionCode: i.code,
            description: i.description,
            serviceCode: i.siussServiceCode!,
            serviceName: config.label('siuss_service', i.siussServiceCode!),
            periodic: i.periodic,
            amount: i.amount,
            monthlyAmount: i.monthlyAmount,
            months:
              i.periodic && i.startDate && i.endDate
                ? monthsInclusive(i.startDate.slice(0, 7), i.endDate.slice(0, 7))
                : null,
            startDate: i.startDate,
            endDate: i.endDate,
            paymentDate: i.paymentDate,
            dsuProtocol: isee?.dsuProtocol ?? null,
            dsuYear: isee ? Number(isee.dsuDate.slice(0, 4)) : null,
            dsuDate: isee?.dsuDate ?? null,
            removed: i.removedAt !== null,
            updatedAt: i.updatedAt,
          };
        }),
      );
    },
  },
  // What the siuss subgraph extracts is a read of the applications it comes from.
  ReiGrantedIntervention: {
    __isTypeOf: auditedAs('ReiApplication', (i: { applicationId: string }) => i.applicationId),
  },
};
