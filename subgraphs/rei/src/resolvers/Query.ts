import {
  BadUserInputError,
  callerOf,
  customFieldsFilter,
  FieldErrors,
  tenantOf,
  pageOf,
  toLimitOffset,
  toOrderBy,
  inTurn,
} from '@sisa/kernel';
import { computeBenefit } from '../domain/benefit';
import { otherBenefitProblems } from '../domain/otherBenefits';
import {
  applicationRepository,
  type ApplicationListFilter,
} from '../entities/reiApplication.repository';
import { applicationLoader } from './loaders';
import { todayInItalyThisSecond as today } from '@sisa/italia';
import { APPLICATION_SORT } from './sorts';
import type { Resolvers } from '../generated/resolvers';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export const QueryResolvers: Resolvers = {
  Query: {
    reiApplication(_, { id }, ctx) {
      tenantOf(ctx, { domain: 'rei', level: 'read' });
      return applicationLoader(ctx).load(id);
    },

    async reiApplications(_, args, ctx) {
      const tenantId = tenantOf(ctx, { domain: 'rei', level: 'read' });
      const { limit, offset } = toLimitOffset(args);
      const orderBy = toOrderBy(args.sort, APPLICATION_SORT, { submittedAt: 'desc', id: 'desc' });
      const filter = { ...(args.filter ?? {}) } as ApplicationListFilter;
      if (args.filter?.customFields != null) {
        const config = await ctx.services.config.forTenant(callerOf(ctx), tenantId);
        filter.customFields = customFieldsFilter(
          config.fieldDefinitions('REI_APPLICATION'),
          args.filter.customFields,
        );
      }
      const [items, total] = await inTurn(ctx, () =>
        applicationRepository.list(ctx.em, tenantId, filter, today(), orderBy, limit, offset),
      );
      return pageOf(args, items, total);
    },

    async reiBenefitSimulation(_, { input }, ctx) {
      tenantOf(ctx, { domain: 'rei', level: 'read' });
      const errors = new FieldErrors();
      if (
        !Number.isInteger(input.householdSize) ||
        input.householdSize < 1 ||
        input.householdSize > 30
      )
        errors.add('input.householdSize', 'Componenti del nucleo da 1 a 30');
      if (input.isr.startsWith('-')) errors.add('input.isr', 'La ISR non può essere negativa');
      if (input.otherBenefitsMonthly?.startsWith('-'))
        errors.add('input.otherBenefitsMonthly', 'Importo non negativo');
      if (input.month && !MONTH.test(input.month))
        errors.add('input.month', 'Mese nel formato AAAA-MM');
      const benefits = (input.otherBenefits ?? []).map((b) => ({
        ...b,
        meansTested: b.meansTested ?? true,
      }));
      benefits.forEach((b, i) => {
        for (const p of otherBenefitProblems(b))
          errors.add(`input.otherBenefits.${i}.${p.field}`, p.message);
      });
      errors.throwIfAny();
      const day = input.date ?? today();
      const rules = await ctx.services.rules.forDate(callerOf(ctx), day, 'input.date');
      try {
        return computeBenefit(rules, {
          householdSize: input.householdSize,
          isr: input.isr,
          otherBenefits: benefits,
          otherBenefitsMonthly: input.otherBenefitsMonthly ?? null,
          month: input.month ?? null,
        });
      } catch (error) {
        if (error instanceof RangeError) throw BadUserInputError.field('input', error.message);
        throw error;
      }
    },
  },
};
