import { normalizeFiscalCode } from '@sisa/italia';
import { tenantOf, pageOf, toLimitOffset, toOrderBy, type ListSort } from '@sisa/kernel';
import { lastNamePrefix, searchTerms } from '../domain/searchTerms';
import { householdRepository } from '../entities/household.repository';
import { subjectAccessRepository } from '../entities/subjectAccess.repository';
import { subjectRepository } from '../entities/subject.repository';
import { customValuesFilter } from '../services/customFields';
import { auditSubjectRead } from '../services/readAudit';
import { householdLoader, subjectLoader } from './loaders';
import { SUBJECT_SORT, HOUSEHOLD_SORT } from './sorts';
import type { Resolvers } from '../generated/resolvers';

const READ = { domain: 'registry', level: 'read' } as const;

/** A name sorts by last name, then first name. */
function subjectOrder(sort: ListSort | null | undefined): Record<string, 'asc' | 'desc'> {
  const order = toOrderBy(sort, SUBJECT_SORT, { lastName: 'asc', firstName: 'asc', id: 'asc' });
  if (sort?.field !== 'LAST_NAME') return order;
  const direction = order.lastName!;
  return { lastName: direction, firstName: direction, id: direction };
}

export const QueryResolvers: Resolvers = {
  Query: {
    async subject(_, { id }, ctx) {
      const tenantId = tenantOf(ctx, READ);
      const subject = await subjectLoader(ctx).load(id);
      if (subject) await auditSubjectRead(ctx, tenantId, subject.id, 'subject');
      return subject;
    },

    async subjectByFiscalCode(_, { fiscalCode }, ctx) {
      const tenantId = tenantOf(ctx, READ);
      const subject = await subjectRepository.findByFiscalCode(
        ctx.em,
        normalizeFiscalCode(fiscalCode),
      );
      if (subject) await auditSubjectRead(ctx, tenantId, subject.id, 'subjectByFiscalCode');
      return subject;
    },

    async subjects(_, args, ctx) {
      const tenantId = tenantOf(ctx, READ);
      const { limit, offset } = toLimitOffset(args);
      const orderBy = subjectOrder(args.sort);
      const filter = args.filter ?? {};
      const [items, total] = await subjectRepository.list(
        ctx.em,
        tenantId,
        {
          ids: filter.ids,
          terms: searchTerms(filter.q),
          fiscalCode: filter.fiscalCode ? normalizeFiscalCode(filter.fiscalCode) : null,
          lastNamePrefix: lastNamePrefix(filter.lastName),
          sex: filter.sex,
          citizenshipCode: filter.citizenshipCode,
          residenceMunicipalityCode: filter.residenceMunicipalityCode,
          bornFrom: filter.bornFrom,
          bornTo: filter.bornTo,
          customFields: await customValuesFilter(ctx, tenantId, 'SUBJECT', filter.customFields),
        },
        orderBy,
        limit,
        offset,
      );
      return pageOf(args, items, total);
    },

    async household(_, { id }, ctx) {
      tenantOf(ctx, READ);
      return householdLoader(ctx).load(id);
    },

    async households(_, args, ctx) {
      const tenantId = tenantOf(ctx, READ);
      const { limit, offset } = toLimitOffset(args);
      const orderBy = toOrderBy(args.sort, HOUSEHOLD_SORT, { createdAt: 'desc', id: 'desc' });
      const filter = args.filter ?? {};
      const [items, total] = await householdRepository.list(
        ctx.em,
        tenantId,
        {
          ids: filter.ids,
          memberId: filter.memberId,
          terms: searchTerms(filter.q),
          hasValidIsee: filter.hasValidIsee,
          customFields: await customValuesFilter(ctx, tenantId, 'HOUSEHOLD', filter.customFields),
        },
        orderBy,
        limit,
        offset,
      );
      return pageOf(args, items, total);
    },

    async subjectAccessLog(_, args, ctx) {
      tenantOf(ctx, { admin: 'tenant', domain: 'registry' });
      const { limit, offset } = toLimitOffset(args);
      const [items, total] = await subjectAccessRepository.list(
        ctx.em,
        args.filter ?? {},
        limit,
        offset,
      );
      return pageOf(args, items, total);
    },
  },
};
