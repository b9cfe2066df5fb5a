import { normalizeFiscalCode } from '@sisa/italia';
import {
  callerOf,
  customFieldsFilter,
  tenantOf,
  pageOf,
  toLimitOffset,
  toOrderBy,
} from '@sisa/kernel';
import { ImportJob, ImportLayout } from '../entities/importJob.entity';
import {
  socialBenefitRepository,
  type SocialBenefitListFilter,
} from '../entities/socialBenefit.repository';
import { Transmission } from '../entities/transmission.entity';
import { IMPORT_ATTRIBUTES } from '../domain/importColumns';
import { templateColumns } from '../domain/importTemplate';
import { UUID } from '../http/fileAccess';
import { benefitLoader, transmissionLoader } from './loaders';
import { BENEFIT_SORT } from './sorts';
import { likelyDuplicates } from '../services/benefitDuplicates';
import * as normalize from '../domain/normalize';
import type { Resolvers } from '../generated/resolvers';

const READ = { domain: 'siuss', level: 'read' } as const;

export const QueryResolvers: Resolvers = {
  Query: {
    async socialBenefit(_, { id }, ctx) {
      tenantOf(ctx, READ);
      return benefitLoader(ctx).load(id);
    },

    async socialBenefits(_, args, ctx) {
      const tenantId = tenantOf(ctx, READ);
      const { limit, offset } = toLimitOffset(args);
      const orderBy = toOrderBy(args.sort, BENEFIT_SORT, { createdAt: 'desc', id: 'desc' });
      const { customFields, ...given } = args.filter ?? {};
      const filter: SocialBenefitListFilter = { ...given };
      if (filter.fiscalCode) filter.fiscalCode = normalizeFiscalCode(filter.fiscalCode);
      if (filter.serviceCode) filter.serviceCode = filter.serviceCode.trim().toUpperCase();
      if (customFields !== undefined && customFields !== null) {
        const config = await ctx.services.config.forTenant(callerOf(ctx), tenantId);
        filter.customFields = customFieldsFilter(
          config.fieldDefinitions('SOCIAL_BENEFIT'),
          customFields,
        );
      }
      const [items, total] = await socialBenefitRepository.list(
        ctx.em,
        tenantId,
        filter,
        orderBy,
        limit,
        offset,
      );
      return pageOf(args, items, total);
    },

    async socialBenefitDuplicates(_, args, ctx) {
      const tenantId = tenantOf(ctx, READ);
      const { input } = args;
      return likelyDuplicates(
        ctx.em,
        tenantId,
        {
          fiscalCode: normalizeFiscalCode(input.fiscalCode),
          serviceCode: normalize.serviceCode(input.serviceCode) ?? '',
          requestProtocol: normalize.text(input.requestProtocol) ?? '',
          startDate: input.startDate ?? null,
          endDate: input.endDate ?? null,
          paymentDate: input.paymentDate ?? null,
        },
        args.excludeId ?? null,
      );
    },

    async transmission(_, { id }, ctx) {
      tenantOf(ctx, READ);
      return transmissionLoader(ctx).load(id);
    },

    async transmissions(_, args, ctx) {
      tenantOf(ctx, READ);
      const { limit, offset } = toLimitOffset(args);
      const [items, total] = await ctx.em.findAndCount(
        Transmission,
        {},
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit, offset },
      );
      return pageOf(args, items, total);
    },

    async importJob(_, { id }, ctx) {
      tenantOf(ctx, READ);
      return ctx.em.findOne(ImportJob, { id });
    },

    async importJobs(_, args, ctx) {
      tenantOf(ctx, READ);
      const { limit, offset } = toLimitOffset(args);
      const [items, total] = await ctx.em.findAndCount(
        ImportJob,
        {},
        { orderBy: { createdAt: 'desc', id: 'desc' }, limit, offset },
      );
      return pageOf(args, items, total);
    },

    async importLayouts(_, _args, ctx) {
      tenantOf(ctx, READ);
      return ctx.em.find(ImportLayout, {}, { orderBy: { name: 'asc' } });
    },

    importAttributes(_, _args, ctx) {
      tenantOf(ctx, READ);
      return [...IMPORT_ATTRIBUTES];
    },

    async siussImportColumns(_, { layoutId }, ctx) {
      tenantOf(ctx, READ);
      if (!layoutId) return templateColumns(null);
      if (!UUID.test(layoutId)) return null;
      const layout = await ctx.em.findOne(ImportLayout, { id: layoutId });
      return layout ? templateColumns(layout) : null;
    },

    async siussImportTemplates(_, { layoutId }, ctx) {
      tenantOf(ctx, READ);
      if (layoutId && !UUID.test(layoutId)) return null;
      if (layoutId && !(await ctx.em.findOne(ImportLayout, { id: layoutId }))) return null;
      const base = `/files/siuss/import-templates/${layoutId ?? 'standard'}`;
      return { csvUrl: `${base}.csv`, xlsxUrl: `${base}.xlsx` };
    },
  },
};
