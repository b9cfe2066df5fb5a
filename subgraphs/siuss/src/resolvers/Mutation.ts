import { randomUUID } from 'node:crypto';
import { checkFiscalCode, isSiussSchemaCompatible, isIsoDate, todayInItaly } from '@sisa/italia';
import {
  BadUserInputError,
  ConflictError,
  FieldErrors,
  NotFoundError,
  tenantOf,
} from '@sisa/kernel';
import { IMPORT_ATTRIBUTES } from '../domain/importColumns';
import { ImportLayout } from '../entities/importJob.entity';
import { socialBenefitRepository } from '../entities/socialBenefit.repository';
import { waitForTransmission } from '../entities/sentState';
import { Transmission, TransmissionItem } from '../entities/transmission.entity';
import {
  cancelSocialBenefit,
  createSocialBenefit,
  updateSocialBenefit,
} from '../services/benefitWrites';
import { extractBenefitsFromRei } from '../services/reiExtraction';
import { tenantInfo } from '../services/serviceCatalog';
import {
  generateTransmission,
  NothingToSendError,
  PreviewMismatchError,
} from '../services/transmissions';
import { recordsPerFileProblem } from '../domain/transmissionRequest';
import type { ImportLayoutInput, Resolvers } from '../generated/resolvers';

const WRITE = { domain: 'siuss', level: 'write' } as const;

function checkLayout(input: ImportLayoutInput): void {
  const errors = new FieldErrors();
  if (!input.name.trim() || input.name.trim().length > 100)
    errors.add('input.name', 'Il nome è obbligatorio (al massimo 100 caratteri)');
  if (input.columns.length === 0) errors.add('input.columns', 'Indicare almeno una colonna');
  input.columns.forEach((c, i) => {
    const at = `input.columns.${i}`;
    if (
      !IMPORT_ATTRIBUTES.includes(c.attribute) &&
      !/^customFields\.[a-z][a-zA-Z0-9_]{0,39}$/.test(c.attribute)
    )
      errors.add(`${at}.attribute`, `Attributo sconosciuto: ${c.attribute}`);
    if (input.kind === 'COLUMN_MAPPING' && !c.header?.trim())
      errors.add(`${at}.header`, 'Indicare l\u2019intestazione della colonna nel file');
    if (
      input.kind === 'FIXED_WIDTH' &&
      (!Number.isInteger(c.start) || c.start! < 1 || !Number.isInteger(c.length) || c.length! < 1)
    )
      errors.add(`${at}.start`, 'Indicare inizio (da 1) e lunghezza (almeno 1)');
  });
  if (!input.columns.some((c) => c.attribute === 'CodiceFiscale'))
    errors.add('input.columns', 'Il tracciato deve comprendere CodiceFiscale');
  errors.throwIfAny();
}

export const MutationResolvers: Resolvers = {
  Mutation: {
    async createSocialBenefit(_, { input }, ctx) {
      return createSocialBenefit(ctx, tenantOf(ctx, WRITE), input);
    },

    async updateSocialBenefit(_, args, ctx) {
      return updateSocialBenefit(
        ctx,
        tenantOf(ctx, WRITE),
        args.id,
        args.input,
        args.expectedVersion,
      );
    },

    async cancelSocialBenefit(_, args, ctx) {
      return cancelSocialBenefit(ctx, tenantOf(ctx, WRITE), args.id, args.expectedVersion);
    },

    async extractBenefitsFromRei(_, { from, to }, ctx) {
      const tenantId = tenantOf(ctx, WRITE);
      if (!isIsoDate(from) || !isIsoDate(to) || to < from)
        throw BadUserInputError.field(
          'to',
          'Il periodo va da «from» a «to», con «to» non prima di «from»',
        );
      return extractBenefitsFromRei(ctx, tenantId, from, to);
    },

    async createTransmission(_, { input }, ctx) {
      const tenantId = tenantOf(ctx, WRITE);
      const errors = new FieldErrors();
      const recordsPerFile = input.recordsPerFile ?? 10_000;
      const perFileProblem = recordsPerFileProblem(recordsPerFile);
      if (perFileProblem) errors.add('input.recordsPerFile', perFileProblem);
      const operator = checkFiscalCode(input.operatorFiscalCode);
      if (!operator.valid)
        errors.add('input.operatorFiscalCode', `CFOperatore non valido: ${operator.error}`);
      else if (!isSiussSchemaCompatible(operator.normalized))
        errors.add(
          'input.operatorFiscalCode',
          'CFOperatore omocodico non accettato dallo schema INPS',
        );
      errors.throwIfAny();
      const tenant = await tenantInfo(ctx, tenantId);
      // The generation runs on a connection of its own and takes minutes for a large comune: this
      // operation's transaction waits meanwhile and must not be ended as idle.
      await ctx.em.execute(`select set_config('idle_in_transaction_session_timeout', '0', true)`);
      try {
        const id = await generateTransmission(ctx.services.pool, {
          tenantId,
          flow: input.flow ?? 'PS_PSA_SINA',
          recordsPerFile,
          ente: {
            code: tenant.belfioreCode,
            name: tenant.name,
            seatCode: tenant.belfioreCode,
            operatorFiscalCode: operator.normalized,
          },
          actor: ctx.principal?.name ?? 'sistema',
          day: todayInItaly(),
          dataDir: ctx.services.dataDir,
          confirm: input.confirm ?? null,
        });
        return ctx.em.findOneOrFail(Transmission, { id });
      } catch (error) {
        if (error instanceof NothingToSendError)
          throw BadUserInputError.field(
            'input.flow',
            'Nessuna prestazione da inviare per questo flusso',
          );
        if (error instanceof PreviewMismatchError)
          throw new ConflictError(
            'Le prestazioni da inviare sono cambiate dopo l\u2019anteprima: rivedere l\u2019anteprima e confermare di nuovo',
          );
        if ((error as { code?: string }).code === '40001')
          throw new ConflictError(
            'Alcune prestazioni sono cambiate durante la generazione: riprovare',
          );
        throw error;
      }
    },

    async recordSiussOutcome(_, args, ctx) {
      const tenantId = tenantOf(ctx, WRITE);
      const item = await ctx.em.findOne(TransmissionItem, {
        transmissionId: args.transmissionId,
        benefitId: args.benefitId,
      });
      await waitForTransmission(ctx.em, tenantId);
      const benefit = await socialBenefitRepository.findForUpdate(ctx.em, args.benefitId);
      if (!item || !benefit) throw new NotFoundError('Prestazione inviata');
      const reason = args.input.reason?.trim() || null;
      if (!args.input.accepted && !reason)
        throw BadUserInputError.field(
          'input.reason',
          'Indicare il motivo dello scarto comunicato dall\u2019INPS',
        );
      const now = new Date();
      item.outcome = args.input.accepted ? 'ACCEPTED' : 'REJECTED';
      item.outcomeReason = reason?.slice(0, 500) ?? null;
      item.outcomeAt = now;
      if (benefit.transmissionId === args.transmissionId) {
        benefit.inpsOutcome = item.outcome;
        benefit.inpsOutcomeReason = item.outcomeReason;
        benefit.inpsOutcomeAt = now;
      }
      await ctx.em.flush();
      return benefit;
    },

    async saveImportLayout(_, args, ctx) {
      const tenantId = tenantOf(ctx, WRITE);
      checkLayout(args.input);
      const values = {
        name: args.input.name.trim(),
        kind: args.input.kind,
        columns: args.input.columns,
        skipFirstLine: args.input.skipFirstLine ?? false,
        updatedAt: new Date(),
        updatedBy: ctx.principal?.name ?? 'sistema',
      };
      if (!args.id) {
        const layout = ctx.em.create(ImportLayout, {
          id: randomUUID(),
          tenantId,
          version: 1,
          ...values,
        });
        await ctx.em.flush();
        return layout;
      }
      const layout = await ctx.em.findOne(ImportLayout, { id: args.id });
      if (!layout) throw new NotFoundError('Tracciato');
      if (args.expectedVersion != null && layout.version !== args.expectedVersion)
        throw new ConflictError();
      Object.assign(layout, values, { version: layout.version + 1 });
      await ctx.em.flush();
      return layout;
    },

    async deleteImportLayout(_, { id }, ctx) {
      tenantOf(ctx, WRITE);
      const layout = await ctx.em.findOne(ImportLayout, { id });
      if (!layout) throw new NotFoundError('Tracciato');
      ctx.em.remove(layout);
      await ctx.em.flush();
      return true;
    },
  },
};
