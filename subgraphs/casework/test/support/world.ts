import { addDays, computeFiscalCode, todayInItaly } from '@sisa/italia';
import type { Role } from '@sisa/kernel';
import {
  apiAs,
  createTestTenant,
  createTestUser,
  issueToken,
  userToken,
  type Api,
} from '@sisa/testing';

/** A person of the comune's staff: their user id and an API caller with their token. */
export interface Staff {
  id: string;
  api: Api;
}

/** A comune with a responsible, a team member, a caseworker off the team, an admin, and one open case. */
export interface CaseWorld {
  tenantId: string;
  responsible: Staff;
  member: Staff;
  outsider: Staff;
  admin: Api;
  subjectId: string;
  caseId: string;
}

/** A day counted from today as the server counts it: the Italian calendar, not UTC's. */
export const dayInItaly = (offset: number) => addDays(todayInItaly(), offset);
export const yesterday = () => dayInItaly(-1);

export async function staff(url: string, tenantId: string, roles: Role[]): Promise<Staff> {
  const user = await createTestUser(tenantId, roles);
  return {
    id: user.id,
    api: apiAs(url, await issueToken({ tenantId, roles, subjectId: user.id })),
  };
}

/** A subject of the registry, with a valid codice fiscale. */
export async function newSubject(api: Api, firstName: string, birthDate: string): Promise<string> {
  const fiscalCode = computeFiscalCode({
    lastName: 'Rossi',
    firstName,
    sex: 'M',
    birthDate,
    birthPlaceCode: 'F205',
  });
  const { createSubject } = await api.ok<{ createSubject: { id: string } }>(
    `mutation C($i: SubjectInput!) { createSubject(input: $i) { id } }`,
    {
      i: {
        fiscalCode,
        firstName,
        lastName: 'Rossi',
        sex: 'M',
        birthDate,
        birthPlaceCode: 'F205',
        citizenshipCode: '380',
      },
    },
  );
  return createSubject.id;
}

export async function caseWorld(url: string, name: string): Promise<CaseWorld> {
  const tenantId = (await createTestTenant(name)).id;
  const responsible = await staff(url, tenantId, ['CASEWORKER']);
  const member = await staff(url, tenantId, ['CASEWORKER']);
  const outsider = await staff(url, tenantId, ['CASEWORKER']);
  const admin = apiAs(url, await userToken(tenantId, ['TENANT_ADMIN']));
  const subjectId = await newSubject(responsible.api, 'Mario', '1980-01-01');
  const { openSocialCase } = await member.api.ok<{ openSocialCase: { id: string } }>(
    `mutation O($i: OpenSocialCaseInput!) { openSocialCase(input: $i) { id } }`,
    {
      i: {
        subjectId,
        responsibleId: responsible.id,
        openedAt: yesterday(),
        areas: ['ADULTI_DISAGIO'],
      },
    },
  );
  return { tenantId, responsible, member, outsider, admin, subjectId, caseId: openSocialCase.id };
}
