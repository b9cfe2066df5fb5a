import { normalizeFiscalCode } from '@sisa/italia';
import {
  tenantOf,
  pageOf,
  toLimitOffset,
  toOrderBy,
  type PageArgs,
  type ResolverMap,
  type ListSort,
} from '@sisa/kernel';
import { lastNamePrefix, searchTerms } from '../domain/searchTerms';
import { householdRepository } from '../entities/household.repository';
import {
  subjectAccessRepository,
  type SubjectAccessFilter,
} from '../entities/subjectAccess.repository';
import { subjectRepository } from '../entities/subject.repository';
import { customValuesFilter } from '../services/customFields';
import { auditSubjectRead } from '../services/readAudit';
import type { RegistryContext } from '../context';
import { householdLoader, subjectLoader } from './loaders';
import { SUBJECT_SORT, HOUSEHOLD_SORT } from './sorts';

const READ = { domain: 'registry', level: 'read' } as const;

interface SubjectsArgs extends PageArgs {
  filter?: {
    ids?: string[] | null;
    q?: string | null;
    fiscalCode?: string | null;
    lastName?: string | null;
    sex?: string | null;
    citizenshipCode?: string | null;
    residenceMunicipalityCode?: string | null;
    bornFrom?: string | null;
    bornTo?: string | null;
    customFields?: unknown;
  } | null;
  sort?: ListSort | null;
}

interface HouseholdsArgs extends PageArgs {
  filter?: {
    ids?: string[] | null;
    memberId?: string | null;
    q?: string | null;
    hasValidIsee?: boolean | null;
    customFields?: unknown;
  } | null;
  sort?: ListSort | null;
}

/** A name sorts by last name, then first name. */
function subjectOrder(sort: ListSort | null | undefined): Record<string, 'asc' | 'desc'> {
  const order = toOrderBy(sort, SUBJECT_SORT, { lastName: 'asc', firstName: 'asc', id: 'asc' });
  if (sort?.field !== 'LAST_NAME') return order;
  const direction = order.lastName!;
  return { lastName: direction, firstName: direction, id: direction };
}

export const QueryResolvers: ResolverMap<RegistryContext> = {
  Query: {
    async subject(_: unknown, { id }: { id: string }, ctx: RegistryContext) {
      const tenantId = tenantOf(ctx, READ);
      const subject = await subjectLoader(ctx).load(id);
      if (subject) await auditSubjectRead(ctx, tenantId, subject.id, 'subject');
      return subject;
    },

    async subjectByFiscalCode(
      _: unknown,
      { fiscalCode }: { fiscalCode: string },
      ctx: RegistryContext,
    ) {
      const tenantId = tenantOf(ctx, READ);
      const subject = await subjectRepository.findByFiscalCode(
        ctx.em,
        normalizeFiscalCode(fiscalCode),
      );
      if (subject) await auditSubjectRead(ctx, tenantId, subject.id, 'subjectByFiscalCode');
      return subject;
    },

    async subjects(_: unknown, args: SubjectsArgs, ctx: RegistryContext) {
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

    async household(_: unknown, { id }: { id: string }, ctx: RegistryContext) {
      tenantOf(ctx, READ);
      return householdLoader(ctx).load(id);
    },

    async households(_: unknown, args: HouseholdsArgs, ctx: RegistryContext) {
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

    async subjectAccessLog(
      _: unknown,
      args: PageArgs & { filter?: SubjectAccessFilter | null },
      ctx: RegistryContext,
    ) {
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
