import { graphqlOk } from '@sisa/testing';
import { OPS } from './operations';
import {
  CLEAN_DECLARATIONS,
  createHousehold,
  FAMILY_OF_THREE,
  type IseeSpec,
  type PersonSpec,
  type TestHousehold,
} from './world';

export type App = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** An application of a new household, created (and, with `until`, moved on) through the API. */
export async function applicationIn(
  url: string,
  token: string,
  options: {
    people?: PersonSpec[];
    isee?: IseeSpec | null;
    submittedAt?: string;
    declarations?: Record<string, unknown>;
    extra?: Record<string, unknown>;
    until?: 'DRAFT' | 'CHECKS_PASSED' | 'SENT_TO_INPS' | 'ACCEPTED';
  } = {},
): Promise<{ application: App; family: TestHousehold }> {
  const family = await createHousehold(
    url,
    token,
    options.people ?? FAMILY_OF_THREE,
    options.isee === undefined ? {} : options.isee,
  );
  let { createReiApplication: application } = await graphqlOk<{ createReiApplication: App }>(
    url,
    OPS.create,
    {
      i: {
        applicantId: family.subjectIds[0],
        householdId: family.householdId,
        submittedAt: options.submittedAt ?? '2018-01-10',
        declarations: options.declarations ?? CLEAN_DECLARATIONS,
        ...options.extra,
      },
    },
    token,
  );
  const steps = ['CHECKS_PASSED', 'SENT_TO_INPS', 'ACCEPTED'];
  const until = steps.indexOf(options.until ?? 'DRAFT');
  if (until >= 0)
    application = (
      await graphqlOk<{ runMunicipalChecks: App }>(
        url,
        OPS.runChecks,
        { id: application.id },
        token,
      )
    ).runMunicipalChecks;
  if (until >= 1) {
    await graphqlOk(url, OPS.send, { ids: [application.id] }, token);
    application = (
      await graphqlOk<{ reiApplication: App }>(url, OPS.get, { id: application.id }, token)
    ).reiApplication;
  }
  if (until >= 2) {
    const decidedOn = application.sentToInpsOn as string;
    application = (
      await graphqlOk<{ recordInpsOutcome: App }>(
        url,
        OPS.outcome,
        { id: application.id, i: { outcome: 'ACCEPTED', decidedOn } },
        token,
      )
    ).recordInpsOutcome;
  }
  return { application, family };
}
