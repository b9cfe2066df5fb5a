import { tenantOf, type ResolverMap } from '@sisa/kernel';
import type { HouseholdMember } from '../entities/householdMember.entity';
import { auditSubjectRead } from '../services/readAudit';
import type { RegistryContext } from '../context';
import { householdLoader, subjectLoader } from './loaders';

export const HouseholdMemberResolvers: ResolverMap<RegistryContext> = {
  HouseholdMember: {
    async subject(member: HouseholdMember, _args: unknown, ctx: RegistryContext) {
      const tenantId = tenantOf(ctx, { domain: 'registry', level: 'read' });
      const subject = await subjectLoader(ctx).load(member.subject.id);
      if (subject) await auditSubjectRead(ctx, tenantId, subject.id, 'householdMember');
      return subject;
    },
    household: (member: HouseholdMember, _args: unknown, ctx: RegistryContext) =>
      householdLoader(ctx).load(member.household.id),
    since: (member: HouseholdMember) => member.since ?? null,
    until: (member: HouseholdMember) => member.until ?? null,
  },
};
