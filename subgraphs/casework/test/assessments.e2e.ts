import {
  apiAs,
  createTestTenant,
  errorCode,
  startTestPlatform,
  testDatabase,
  userToken,
  withClient,
  type TestPlatform,
} from '@sisa/testing';
import { caseWorld, type CaseWorld, yesterday } from './support/world';

const FORM = {
  key: 'autonomia',
  label: 'Autonomia della persona',
  items: [
    {
      key: 'igiene',
      label: 'Cura di sé',
      options: [
        { code: 'AUTONOMO', label: 'Autonomo', score: 0 },
        { code: 'PARZIALE', label: 'Parzialmente', score: 1 },
        { code: 'DIPENDENTE', label: 'Dipendente', score: 2 },
      ],
    },
    {
      key: 'spesa',
      label: 'Fare la spesa',
      options: [
        { code: 'AUTONOMO', label: 'Autonomo', score: 0 },
        { code: 'DIPENDENTE', label: 'Dipendente', score: 2 },
      ],
    },
  ],
  bands: [
    { min: 0, max: 1, label: 'Autonomo' },
    { min: 2, max: 4, label: 'Bisogno di sostegno' },
  ],
};
const SAVE_FORM = `mutation F($i: AssessmentFormInput!) { saveAssessmentForm(input: $i) { key version } }`;
const RECORD = `mutation R($c: ID!, $k: String!, $a: JSON!, $d: Date!) {
  recordAssessment(caseId: $c, formKey: $k, answers: $a, assessedAt: $d) { id score band signedAt form { key version label } assessor { id } }
}`;
const SIGN = `mutation S($id: ID!) { signAssessment(id: $id) { id signedAt } }`;
const UPDATE = `mutation U($id: ID!, $a: JSON!, $d: Date!) {
  updateAssessment(id: $id, answers: $a, assessedAt: $d) { id score band answers assessedAt form { version } }
}`;
const HISTORY = `query H($id: ID!) { socialCase(id: $id) { history { action changes } } }`;
const LIST = `query L($id: ID!) { socialCase(id: $id) { access assessments { id score band form { version } } } }`;

type Recorded = {
  id: string;
  score: string;
  band: string;
  form: { key: string; version: number; label: string };
};

function fieldsOf(result: { errors?: { extensions?: Record<string, unknown> }[] }): string[] {
  return ((result.errors?.[0]?.extensions?.fieldErrors ?? []) as { field: string }[]).map(
    (e) => e.field,
  );
}

describe('Cartella sociale: valutazioni multidimensionali', () => {
  let platform: TestPlatform;
  let world: CaseWorld;

  beforeAll(async () => {
    platform = await startTestPlatform(['config', 'registry', 'casework']);
    world = await caseWorld(platform.graphqlUrl, 'Comune valutazioni');
    await world.admin.ok(SAVE_FORM, { i: FORM });
  }, 120_000);
  afterAll(() => platform?.close());

  it('scores on the server on the form’s latest version, which the assessment keeps', async () => {
    const { recordAssessment } = await world.member.api.ok<{ recordAssessment: Recorded }>(RECORD, {
      c: world.caseId,
      k: 'autonomia',
      a: { igiene: 'PARZIALE', spesa: 'DIPENDENTE' },
      d: yesterday(),
    });
    expect(recordAssessment).toMatchObject({
      score: '3',
      band: 'Bisogno di sostegno',
      form: { key: 'autonomia', version: 1, label: 'Autonomia della persona' },
    });
    // The comune changes the form: the earlier assessment keeps version 1, a new one gets 2.
    await world.admin.ok(SAVE_FORM, { i: { ...FORM, label: 'Autonomia (rev. 2026)' } });
    const later = await world.member.api.ok<{ recordAssessment: Recorded }>(RECORD, {
      c: world.caseId,
      k: 'autonomia',
      a: { igiene: 'AUTONOMO', spesa: 'AUTONOMO' },
      d: yesterday(),
    });
    expect(later.recordAssessment).toMatchObject({
      score: '0',
      band: 'Autonomo',
      form: { version: 2 },
    });
    const { socialCase } = await world.responsible.api.ok<{
      socialCase: { assessments: { id: string; form: { version: number } }[] };
    }>(LIST, { id: world.caseId });
    expect(socialCase.assessments.map((a) => a.form.version).sort()).toEqual([1, 2]);
  });

  it('refuses unanswered items, unknown options, unknown forms and future dates', async () => {
    const result = await world.member.api.call(RECORD, {
      c: world.caseId,
      k: 'autonomia',
      a: { igiene: 'VOLA', altro: 'X' },
      d: yesterday(),
    });
    expect(fieldsOf(result).sort()).toEqual(['answers.altro', 'answers.igiene', 'answers.spesa']);
    expect(
      fieldsOf(
        await world.member.api.call(RECORD, {
          c: world.caseId,
          k: 'nessuno',
          a: {},
          d: yesterday(),
        }),
      ),
    ).toEqual(['formKey']);
    expect(
      fieldsOf(
        await world.member.api.call(RECORD, {
          c: world.caseId,
          k: 'autonomia',
          a: { igiene: 'AUTONOMO', spesa: 'AUTONOMO' },
          d: '2999-01-01',
        }),
      ),
    ).toEqual(['assessedAt']);
  });

  it('changes an assessment not signed yet, its assessor only, scored again, in the history', async () => {
    const { recordAssessment } = await world.member.api.ok<{ recordAssessment: Recorded }>(RECORD, {
      c: world.caseId,
      k: 'autonomia',
      a: { igiene: 'AUTONOMO', spesa: 'AUTONOMO' },
      d: yesterday(),
    });
    const change = {
      id: recordAssessment.id,
      a: { igiene: 'DIPENDENTE', spesa: 'AUTONOMO' },
      d: yesterday(),
    };
    for (const other of [world.responsible.api, world.outsider.api])
      expect(errorCode(await other.call(UPDATE, change))).toBe('FORBIDDEN');
    // Another comune's caseworker finds nothing to change or sign.
    const elsewhere = apiAs(
      platform.graphqlUrl,
      await userToken((await createTestTenant('Comune altro valutazioni')).id, ['CASEWORKER']),
    );
    expect(errorCode(await elsewhere.call(UPDATE, change))).toBe('NOT_FOUND');
    expect(errorCode(await elsewhere.call(SIGN, { id: recordAssessment.id }))).toBe('NOT_FOUND');
    const refused = await world.member.api.call(UPDATE, { ...change, a: { igiene: 'NO' } });
    expect(errorCode(refused)).toBe('BAD_USER_INPUT');
    const { updateAssessment } = await world.member.api.ok<{
      updateAssessment: Recorded & { answers: unknown };
    }>(UPDATE, change);
    expect(updateAssessment).toMatchObject({
      id: recordAssessment.id,
      score: '2',
      band: 'Bisogno di sostegno',
      answers: { igiene: 'DIPENDENTE', spesa: 'AUTONOMO' },
      form: { version: recordAssessment.form.version },
    });
    const { socialCase } = await world.responsible.api.ok<{
      socialCase: { history: { action: string; changes: Record<string, unknown> }[] };
    }>(HISTORY, { id: world.caseId });
    expect(socialCase.history.at(-1)).toMatchObject({
      action: 'ASSESSMENT_UPDATED',
      changes: { id: recordAssessment.id, score: 2 },
    });
  });

  it('locks a signed assessment, signed by its assessor only, and keeps it from those off the équipe', async () => {
    const { recordAssessment } = await world.member.api.ok<{ recordAssessment: Recorded }>(RECORD, {
      c: world.caseId,
      k: 'autonomia',
      a: { igiene: 'DIPENDENTE', spesa: 'DIPENDENTE' },
      d: yesterday(),
    });
    expect(errorCode(await world.responsible.api.call(SIGN, { id: recordAssessment.id }))).toBe(
      'FORBIDDEN',
    );
    await world.member.api.ok(SIGN, { id: recordAssessment.id });
    expect(errorCode(await world.member.api.call(SIGN, { id: recordAssessment.id }))).toBe(
      'BAD_USER_INPUT',
    );
    const signedChange = await world.member.api.call(UPDATE, {
      id: recordAssessment.id,
      a: { igiene: 'AUTONOMO', spesa: 'AUTONOMO' },
      d: yesterday(),
    });
    expect(errorCode(signedChange)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(signedChange)).toEqual(['id']);
    await withClient(testDatabase().serviceUrls.casework!, async (client) => {
      await client.query('begin');
      await client.query("select set_config('app.tenant_id', $1, true)", [world.tenantId]);
      await expect(
        client.query(`update casework.assessment set score = 0 where id = $1`, [
          recordAssessment.id,
        ]),
      ).rejects.toThrow(/firmata/);
      await client.query('rollback');
    });
    const outside = await world.outsider.api.ok<{
      socialCase: { access: string; assessments: unknown[] };
    }>(LIST, {
      id: world.caseId,
    });
    expect(outside.socialCase).toEqual({ access: 'EXISTENCE', assessments: [] });
    expect(
      errorCode(
        await world.outsider.api.call(RECORD, {
          c: world.caseId,
          k: 'autonomia',
          a: {},
          d: yesterday(),
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it('takes the draft assessment from its assessor the day they leave the équipe', async () => {
    const left = await caseWorld(platform.graphqlUrl, 'Comune valutazioni équipe');
    await left.admin.ok(SAVE_FORM, { i: FORM });
    const { recordAssessment } = await left.member.api.ok<{ recordAssessment: Recorded }>(RECORD, {
      c: left.caseId,
      k: 'autonomia',
      a: { igiene: 'AUTONOMO', spesa: 'AUTONOMO' },
      d: yesterday(),
    });
    const { socialCase } = await left.responsible.api.ok<{
      socialCase: {
        version: number;
        team: { user: { id: string }; role: string; since: string; until: string | null }[];
      };
    }>(
      `query T($id: ID!) { socialCase(id: $id) { version team { user { id } role since until } } }`,
      {
        id: left.caseId,
      },
    );
    await left.responsible.api.ok(
      `mutation S($id: ID!, $v: Int!, $m: [CaseTeamMemberInput!]!) { setCaseTeam(id: $id, members: $m, expectedVersion: $v) { id } }`,
      {
        id: left.caseId,
        v: socialCase.version,
        m: socialCase.team.map((t) => ({
          userId: t.user.id,
          role: t.role,
          since: t.since,
          until: t.user.id === left.member.id ? yesterday() : t.until,
        })),
      },
    );
    const change = {
      id: recordAssessment.id,
      a: { igiene: 'DIPENDENTE', spesa: 'AUTONOMO' },
      d: yesterday(),
    };
    expect(errorCode(await left.member.api.call(UPDATE, change))).toBe('FORBIDDEN');
    expect(errorCode(await left.member.api.call(SIGN, { id: recordAssessment.id }))).toBe(
      'FORBIDDEN',
    );
  });
});
