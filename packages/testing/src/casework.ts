import { addDays, todayInItaly } from '@sisa/italia';
import { createTestUser } from './fixtures';
import { graphqlOk } from './graphql';
import { issueToken } from './platform';

/** A cartella sociale opened for a test: its id and number, and its responsible's user id. */
export interface TestCase {
  id: string;
  number: string;
  responsibleId: string;
}

/**
 * Opens a cartella sociale of `subjectId` (in `householdId`, if given) through the gateway: a REI
 * project is signed on one. Its responsible is `responsibleId` (a user of the tenant), else a new
 * caseworker.
 */
export async function openTestCase(
  url: string,
  tenantId: string,
  subjectId: string,
  householdId?: string,
  responsibleId?: string,
): Promise<TestCase> {
  const responsible = responsibleId
    ? { id: responsibleId }
    : await createTestUser(tenantId, ['CASEWORKER']);
  const token = await issueToken({ tenantId, roles: ['CASEWORKER'], subjectId: responsible.id });
  const yesterday = addDays(todayInItaly(), -1);
  const { openSocialCase } = await graphqlOk<{ openSocialCase: { id: string; number: string } }>(
    url,
    `mutation O($i: OpenSocialCaseInput!) { openSocialCase(input: $i) { id number } }`,
    {
      i: {
        subjectId,
        householdId: householdId ?? null,
        responsibleId: responsible.id,
        openedAt: yesterday,
        areas: ['ADULTI_DISAGIO'],
      },
    },
    token,
  );
  return { ...openSocialCase, responsibleId: responsible.id };
}
