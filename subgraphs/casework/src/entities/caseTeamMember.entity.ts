import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { CaseTeamRole } from '../domain/caseTeam';

/** One professional on a case's équipe for a period (who left keeps their dated row). */
export const CaseTeamMember = defineEntity({
  name: 'CaseTeamMember',
  tableName: 'case_team_member',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    caseId: p.uuid(),
    userId: p.uuid(),
    role: p.string().length(12).$type<CaseTeamRole>(),
    since: p.date(),
    until: p.date().nullable(),
    position: p.smallint(),
  },
  indexes: [
    { name: 'case_team_member_tenant_case_index', properties: ['tenantId', 'caseId'] },
    { name: 'case_team_member_tenant_user_index', properties: ['tenantId', 'userId'] },
  ],
});
export type CaseTeamMember = InferEntity<typeof CaseTeamMember>;
