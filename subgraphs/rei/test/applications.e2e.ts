import {
  createTestTenant,
  errorCode,
  graphql,
  graphqlOk,
  startTestPlatform,
  userToken,
  type TestPlatform,
} from '@sisa/testing';
import { CLEAN_DECLARATIONS, createHousehold, FAMILY_OF_THREE } from './support/world';
import { OPS } from './support/operations';

type App = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('REI applications through the gateway', () => {
  let platform: TestPlatform;
  let url: string;
  let token: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'rei']);
    url = platform.graphqlUrl;
    const tenant = await createTestTenant('Comune REI');
    token = await userToken(tenant.id, ['CASEWORKER']);
  }, 60_000);
  afterAll(() => platform?.close());

  async function newApplication(extra: Record<string, unknown> = {}) {
    const family = await createHousehold(url, token, FAMILY_OF_THREE);
    const { createReiApplication } = await graphqlOk<{ createReiApplication: App }>(
      url,
      OPS.create,
      {
        i: {
          applicantId: family.subjectIds[0],
          householdId: family.householdId,
          submittedAt: '2018-01-10',
          declarations: CLEAN_DECLARATIONS,
          ...extra,
        },
      },
      token,
    );
    return { application: createReiApplication, family };
  }

  it("counts deadlines in the comune's calendar, its patron saint set by its admin", async () => {
    const tenant = await createTestTenant('Comune con patrono');
    const admin = await userToken(tenant.id, ['TENANT_ADMIN']);
    const caseworker = await userToken(tenant.id, ['CASEWORKER']);
    const setDay = 'mutation($d: String) { setPatronSaintDay(day: $d) { id patronSaintDay } }';
    expect(errorCode(await graphql(url, setDay, { d: '12-07' }, caseworker))).toBe('FORBIDDEN');
    const bad = await graphql(url, setDay, { d: '12-32' }, admin);
    expect(errorCode(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fieldErrors).toEqual([
      expect.objectContaining({ field: 'day', message: expect.stringContaining('MM-GG') }),
    ]);
    const set = await graphqlOk<{ setPatronSaintDay: { patronSaintDay: string } }>(
      url,
      setDay,
      { d: ' 12-07 ' },
      admin,
    );
    expect(set.setPatronSaintDay.patronSaintDay).toBe('12-07');

    // 26/11/2018 + 15 working days is 17/12 in Italy, 18/12 where 7/12 is a holiday.
    const family = await createHousehold(url, caseworker, FAMILY_OF_THREE);
    const { createReiApplication } = await graphqlOk<{ createReiApplication: App }>(
      url,
      OPS.create,
      {
        i: {
          applicantId: family.subjectIds[0],
          householdId: family.householdId,
          submittedAt: '2018-11-26',
          declarations: CLEAN_DECLARATIONS,
        },
      },
      caseworker,
    );
    expect(createReiApplication.deadlines.sendToInps.dueDate).toBe('2018-12-18');
    const other = await newApplication({ submittedAt: '2018-11-26' });
    expect(other.application.deadlines.sendToInps.dueDate).toBe('2018-12-17');
  });

  it('creates a DRAFT application with a protocol number, its deadlines and an event', async () => {
    const { application, family } = await newApplication();
    expect(application).toMatchObject({
      status: 'DRAFT',
      version: 1,
      rulesVersion: 'REI-2018',
      firstMonth: '2018-02',
      lastMonth: '2019-07',
      applicant: { id: family.subjectIds[0] },
      household: { id: family.householdId },
      applicantFiscalCode: family.fiscalCodes[0],
      sendable: false,
    });
    expect(application.protocolNumber).toMatch(/^REI\/2018\/\d{6}$/);
    expect(application.deadlines.sendToInps).toMatchObject({
      dueDate: '2018-01-31',
      state: 'OVERDUE',
      overdue: true,
    });
    expect(application.events).toEqual([
      expect.objectContaining({
        action: 'createReiApplication',
        from: null,
        to: 'DRAFT',
        by: 'test.user',
      }),
    ]);
  });

  it('runs the municipal checks from the registry and computes the benefit', async () => {
    const { application } = await newApplication();
    const { runMunicipalChecks: checked } = await graphqlOk<{ runMunicipalChecks: App }>(
      url,
      OPS.runChecks,
      { id: application.id },
      token,
    );
    expect(checked.status).toBe('CHECKS_PASSED');
    expect(checked.checks.map((c: App) => [c.code, c.outcome])).toEqual([
      ['RESIDENCE', 'PASSED'],
      ['PERMIT', 'PASSED'],
      ['ISEE', 'PASSED'],
      ['ISRE', 'PASSED'],
      ['REAL_ESTATE', 'PASSED'],
      ['MOVABLE_ASSETS', 'PASSED'],
      ['VEHICLES', 'PASSED'],
      ['BOATS', 'PASSED'],
      ['UNEMPLOYMENT_BENEFITS', 'PASSED'],
      ['FAMILY_COMPOSITION', 'PASSED'],
    ]);
    expect(checked.benefit).toMatchObject({
      rulesVersion: 'REI-2018',
      householdSize: 3,
      annualThreshold: '4590.00',
      monthlyAmount: '232.50',
    });
    expect(checked.monthlyAmount).toBe('232.50');
    // Month by month, each with the rules in force in it: February 2018 to July 2019.
    expect(checked.benefit.schedule).toHaveLength(18);
    expect(checked.benefit.schedule[0]).toEqual({
      month: '2018-02',
      rulesVersion: 'REI-2018',
      monthlyAmount: '232.50',
    });
    expect(checked.benefit.schedule[17]).toEqual({
      month: '2019-07',
      rulesVersion: 'REI-2019',
      monthlyAmount: '232.50',
    });
    expect(checked.iseeUsed).toMatchObject({
      dsuDate: '2018-01-05',
      dsuYear: 2018,
      isr: '1800.00',
    });
    expect(checked.sendable).toBe(true);
    expect(checked.events.at(-1)).toMatchObject({
      action: 'runMunicipalChecks',
      from: 'DRAFT',
      to: 'CHECKS_PASSED',
    });
  });

  it('lists applications with their checks and benefit when asked (loaded for the whole page at once)', async () => {
    const { application } = await newApplication();
    await graphqlOk(url, OPS.runChecks, { id: application.id }, token);
    const { reiApplications } = await graphqlOk<{ reiApplications: { items: App[] } }>(
      url,
      `query L($f: ReiApplicationFilter) { reiApplications(filter: $f) { items { id sendable declarations { boats } checks { code outcome } benefit { monthlyAmount } iseeUsed { dsuYear } } } }`,
      { f: { ids: [application.id] } },
      token,
    );
    expect(reiApplications.items).toEqual([
      expect.objectContaining({
        id: application.id,
        sendable: true,
        declarations: { boats: false },
        benefit: { monthlyAmount: '232.50' },
        iseeUsed: { dsuYear: 2018 },
      }),
    ]);
    expect(reiApplications.items[0]!.checks).toHaveLength(10);
  });

  it('simulates the benefit with the rules of the date', async () => {
    const { reiBenefitSimulation: s2018 } = await graphqlOk<{ reiBenefitSimulation: App }>(
      url,
      OPS.simulate,
      { i: { householdSize: 5, isr: '0', date: '2018-03-01' } },
      token,
    );
    expect(s2018).toMatchObject({ rulesVersion: 'REI-2018', monthlyAmount: '534.38' });
    const { reiBenefitSimulation: s2017 } = await graphqlOk<{ reiBenefitSimulation: App }>(
      url,
      OPS.simulate,
      { i: { householdSize: 5, isr: '0', date: '2017-12-15' } },
      token,
    );
    expect(s2017).toMatchObject({ rulesVersion: 'REI-2017', monthlyAmount: '485.41' });
    const refused = await graphql(
      url,
      OPS.simulate,
      { i: { householdSize: 0, isr: '0', date: '2016-01-01' } },
      token,
    );
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
  });
});
