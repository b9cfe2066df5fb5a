import { findComuneByIstat, normalizeFiscalCode, resolveBirthPlace } from '@sisa/italia';
import { auditedAs, customFieldsResolver, tenantOf } from '@sisa/kernel';
import { isCurrent } from '../domain/membershipRules';
import type { Household } from '../entities/household.entity';
import type { Subject } from '../entities/subject.entity';
import { auditSubjectRead } from '../services/readAudit';
import {
  householdLoader,
  membershipsOfSubject,
  revisionsOf,
  subjectByFiscalCodeLoader,
  subjectLoader,
} from './loaders';
import type { Resolvers } from '../generated/resolvers';

const READ = { domain: 'registry', level: 'read' } as const;

/** The GraphQL `Address` of a subject's residence, with comune name and region from ISTAT data. */
function residenceOf(subject: Subject) {
  if (!subject.residenceCountryCode) return null;
  const comune = subject.residenceMunicipalityCode
    ? findComuneByIstat(subject.residenceMunicipalityCode)
    : undefined;
  return {
    street: subject.residenceStreet ?? null,
    postalCode: subject.residencePostalCode ?? null,
    municipalityCode: subject.residenceMunicipalityCode ?? null,
    municipalityName: comune?.name ?? null,
    regionCode: comune?.regionCode || null,
    countryCode: subject.residenceCountryCode,
  };
}

function birthPlaceName(subject: Subject): string | null {
  const place = resolveBirthPlace(subject.birthPlaceCode);
  if (!place) return null;
  return place.kind === 'COMUNE' ? place.comune.name : place.country.nameIt;
}

export const SubjectResolvers: Resolvers = {
  Subject: {
    __isTypeOf: auditedAs('Subject', (subject: Subject) => subject.id),
    async __resolveReference(ref: { id?: string; fiscalCode?: string }, ctx) {
      const tenantId = tenantOf(ctx, READ);
      // By id, or by fiscal code (the siuss subgraph's key): one query per key kind per request.
      const subject = ref.id
        ? await subjectLoader(ctx).load(ref.id)
        : ref.fiscalCode
          ? await subjectByFiscalCodeLoader(ctx).load(normalizeFiscalCode(ref.fiscalCode))
          : null;
      if (subject) await auditSubjectRead(ctx, tenantId, subject.id, 'entities');
      return subject;
    },
    residence: residenceOf,
    birthPlaceName,
    customFields: customFieldsResolver('SUBJECT'),
    async households(subject: Subject, _args, ctx) {
      const memberships = (await membershipsOfSubject(ctx).load(subject.id)) ?? [];
      const households = await householdLoader(ctx).loadMany(
        memberships.filter(isCurrent).map((m) => m.household.id),
      );
      return households.filter((h): h is Household => !!h && !(h instanceof Error));
    },
    async memberships(subject: Subject, _args, ctx) {
      return (await membershipsOfSubject(ctx).load(subject.id)) ?? [];
    },
    async history(subject: Subject, _args, ctx) {
      tenantOf(ctx, READ);
      return (await revisionsOf(ctx, 'SUBJECT').load(subject.id)) ?? [];
    },
  },
};
