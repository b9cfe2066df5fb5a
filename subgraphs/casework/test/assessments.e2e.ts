import {
  errorCode,
  startTestPlatform,
  testDatabase,
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
});
