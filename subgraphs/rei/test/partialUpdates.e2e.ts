import {
  createTestTenant,
  errorCode,
  graphql,
  graphqlOk,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { applicationIn, type App } from './support/flows';
import { OPS } from './support/operations';

/** An update of a REI application changes what it names, nothing else, at the version read. */
describe('partial updates of REI applications', () => {
  let platform: TestPlatform;
  let url: string;
  let token: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'rei']);
    url = platform.graphqlUrl;
    token = await userToken((await createTestTenant('Comune REI modifiche')).id, ['CASEWORKER']);
  }, 60_000);
  afterAll(() => platform?.close());

  it('a new submission date alone keeps applicant, household and declarations', async () => {
    const { application } = await applicationIn(url, token, {
      declarations: { residentInItalySince: '1999-05-01', boats: true, recentVehicle: false },
    });
    const { updateReiApplication } = await graphqlOk<{ updateReiApplication: App }>(
      url,
      OPS.update,
      { id: application.id, i: { submittedAt: '2018-01-09' }, v: application.version },
      token,
    );
    expect(updateReiApplication).toMatchObject({
      submittedAt: '2018-01-09',
      version: application.version + 1,
      applicant: application.applicant,
      household: application.household,
      declarations: { residentInItalySince: '1999-05-01', boats: true, recentVehicle: false },
    });
  });

  it('null clears declarations and is refused on a required field', async () => {
    const { application } = await applicationIn(url, token);
    const refused = await graphql(
      url,
      OPS.update,
      { id: application.id, i: { householdId: null, submittedAt: null }, v: application.version },
      token,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0]!.extensions!.fieldErrors!.map((e) => e.field).sort()).toEqual([
      'input.householdId',
      'input.submittedAt',
    ]);
    const { updateReiApplication } = await graphqlOk<{ updateReiApplication: App }>(
      url,
      OPS.update,
      { id: application.id, i: { declarations: null }, v: application.version },
      token,
    );
    expect(updateReiApplication.declarations).toMatchObject({
      residentInItalySince: null,
      boats: null,
      otherBenefits: [],
    });
  });

  it('expectedVersion is required; a stale one is CONFLICT with the current version', async () => {
    const { application } = await applicationIn(url, token);
    const missing = await graphql(
      url,
      `
        mutation U($id: ID!) {
          updateReiApplication(id: $id, input: {}) {
            id
          }
        }
      `,
      { id: application.id },
      token,
    );
    expect(errorCode(missing)).toBe('GRAPHQL_VALIDATION_FAILED');
    const stale = await graphql(
      url,
      OPS.update,
      { id: application.id, i: { submittedAt: '2018-01-08' }, v: application.version + 3 },
      token,
    );
    expect(errorCode(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions!.currentVersion).toBe(application.version);
  });
});
