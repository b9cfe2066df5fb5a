import { tenantOf } from '@sisa/kernel';
import type { HouseholdMember } from '../entities/householdMember.entity';
import { auditSubjectRead } from '../services/readAudit';
import { householdLoader, subjectLoader } from './loaders';
import type { Resolvers } from '../generated/resolvers';

export const HouseholdMemberResolvers: Resolvers = {
  HouseholdMember: {
    async subject(member: HouseholdMember, _args, ctx) {
      const tenantId = tenantOf(ctx, { domain: 'registry', level: 'read' });
      const subject = await subjectLoader(ctx).load(member.subject.id);
      // Non-null in the schema: a member's subject is always there (foreign key, same tenant).
      if (!subject) throw new Error(`Soggetto ${member.subject.id} del nucleo non trovato`);
      await auditSubjectRead(ctx, tenantId, subject.id, 'householdMember');
      return subject;
    },
    async household(member: HouseholdMember, _args, ctx) {
      const household = await householdLoader(ctx).load(member.household.id);
      if (!household) throw new Error(`Nucleo ${member.household.id} non trovato`);
      return household;
    },
    since: (member: HouseholdMember) => member.since ?? null,
    until: (member: HouseholdMember) => member.until ?? null,
  },
};
