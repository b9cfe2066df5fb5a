import {
  createTestTenant,
  startTestPlatform,
  userToken,
  type TestPlatform,
  type TestTenant,
} from '@sisa/testing';
import { FORM_LIMITS } from '@sisa/rules';
import { errorCode, fieldError, fieldErrorPaths, graphql, graphqlOk, uniqueKey } from './configApi';

interface Form {
  key: string;
  version: number;
  label: string;
  items: {
    key: string;
    label: string;
    options: { code: string; label: string; score: number }[];
  }[];
  bands: { min: number; max: number; label: string }[];
}

const FIELDS = `key version label items { key label options { code label score } } bands { min max label }`;
const SAVE = `mutation S($i: AssessmentFormInput!) { saveAssessmentForm(input: $i) { ${FIELDS} } }`;
const FORMS = `{ assessmentForms { ${FIELDS} } }`;
const ENTITIES = `query E($r: [_Any!]!) { _entities(representations: $r) { ... on AssessmentForm { ${FIELDS} } } }`;

const formInput = (key: string) => ({
  key,
  label: 'Autonomia nelle attività quotidiane',
  items: [
    {
      key: 'igiene',
      label: 'Igiene personale',
      options: [
        { code: 'AUTONOMO', label: 'Autonomo', score: 0 },
        { code: 'PARZIALE', label: 'Parzialmente', score: 1 },
        { code: 'DIPENDENTE', label: 'Dipendente', score: 2 },
      ],
    },
    {
      key: 'alimentazione',
      label: 'Alimentazione',
      options: [
        { code: 'AUTONOMO', label: 'Autonomo', score: 0 },
        { code: 'DIPENDENTE', label: 'Dipendente', score: 3 },
      ],
    },
  ],
  bands: [
    { min: 0, max: 1, label: 'Lieve' },
    { min: 2, max: 3, label: 'Moderata' },
    { min: 4, max: 5, label: 'Grave' },
  ],
});

/** Assessment forms (CASEWORK.md): per tenant, versioned, through the gateway. */
describe('assessment forms through the gateway', () => {
  let platform: TestPlatform;
  let tenant: TestTenant;
  let other: TestTenant;
  let admin: string;
  let otherAdmin: string;

  beforeAll(async () => {
    platform = await startTestPlatform(['config']);
    tenant = await createTestTenant('Comune Valutazioni');
    other = await createTestTenant('Altro Comune Valutazioni');
    admin = await userToken(tenant.id, ['TENANT_ADMIN']);
    otherAdmin = await userToken(other.id, ['TENANT_ADMIN']);
  });
  afterAll(() => platform.close());

  const save = (input: object, token = admin) =>
    graphql<{ saveAssessmentForm: Form }>(platform.graphqlUrl, SAVE, { i: input }, token);
  const saved = async (input: object, token = admin) =>
    (await graphqlOk<{ saveAssessmentForm: Form }>(platform.graphqlUrl, SAVE, { i: input }, token))
      .saveAssessmentForm;
  const forms = async (token = admin) =>
    (await graphqlOk<{ assessmentForms: Form[] }>(platform.graphqlUrl, FORMS, {}, token))
      .assessmentForms;
  /** What the casework subgraph gets for `form` when it names a version (federation). */
  const entities = async (refs: { key: string; version: number }[], token = admin) =>
    (
      await graphqlOk<{ _entities: (Form | null)[] }>(
        `${platform.subgraphUrls.config}/graphql`,
        ENTITIES,
        { r: refs.map((r) => ({ __typename: 'AssessmentForm', ...r })) },
        token,
      )
    )._entities;

  it('saves a form as version 1 and reads it back, with its items and bands', async () => {
    const key = uniqueKey('adl');
    const form = await saved(formInput(key));
    expect(form).toEqual({ ...formInput(key), version: 1 });
    const supervisor = await userToken(tenant.id, ['CASE_SUPERVISOR']);
    const caseworker = await userToken(tenant.id, ['CASEWORKER']);
    for (const token of [admin, supervisor, caseworker])
      expect((await forms(token)).find((f) => f.key === key)).toEqual(form);
  });

  it('makes a change the next version, keeps an identical save, and never changes an old one', async () => {
    const key = uniqueKey('adl');
    const first = await saved(formInput(key));
    expect((await saved(formInput(key))).version).toBe(1);
    const changed = formInput(key);
    changed.items[1]!.options[1]!.score = 2;
    changed.bands[2] = { min: 4, max: 4, label: 'Grave' };
    const second = await saved(changed);
    expect(second).toEqual({ ...changed, version: 2 });
    expect((await saved(changed)).version).toBe(2);
    // Going back to the first content is a change too: a new version, the old one untouched.
    expect((await saved(formInput(key))).version).toBe(3);
    expect((await forms()).filter((f) => f.key === key)).toEqual([
      { ...formInput(key), version: 3 },
    ]);
    expect(
      await entities([
        { key, version: 1 },
        { key, version: 2 },
        { key, version: 9 },
      ]),
    ).toEqual([first, second, null]);
  });

  it('refuses an ill-formed form with field errors, saving nothing', async () => {
    const key = uniqueKey('adl');
    const bad = formInput(key);
    bad.items[0]!.options[1]!.code = 'parziale';
    bad.items[1]!.key = 'igiene';
    bad.bands = [{ min: 0, max: 3, label: 'Lieve' }];
    const result = await save(bad);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(fieldErrorPaths(result)).toEqual([
      'input.items[0].options[1].code',
      'input.items[1].key',
    ]);
    expect(fieldError(result, 'input.items[1].key')).toBe('Voce ripetuta: igiene');
    const gaps = await save({ ...formInput(key), bands: [{ min: 0, max: 3, label: 'Lieve' }] });
    expect(fieldError(gaps, 'input.bands')).toBe('Nessuna fascia per i punteggi da 4 a 5');
    expect((await forms()).some((f) => f.key === key)).toBe(false);
  });

  it('refuses forms beyond the size limits', async () => {
    const key = uniqueKey('adl');
    const base = formInput(key);
    const item = base.items[0]!;
    const cases: [object, string, string][] = [
      [
        { ...base, label: 'x'.repeat(FORM_LIMITS.label + 1) },
        'input.label',
        `Al massimo ${FORM_LIMITS.label} caratteri`,
      ],
      [
        {
          ...base,
          items: Array.from({ length: FORM_LIMITS.items + 1 }, (_, i) => ({
            ...item,
            key: `voce_${i}`,
          })),
        },
        'input.items',
        `Al massimo ${FORM_LIMITS.items} voci`,
      ],
      [
        {
          ...base,
          items: [
            {
              ...item,
              options: Array.from({ length: FORM_LIMITS.options + 1 }, (_, i) => ({
                code: `R${i}`,
                label: `Risposta ${i}`,
                score: 0,
              })),
            },
          ],
        },
        'input.items[0].options',
        `Al massimo ${FORM_LIMITS.options} risposte per voce`,
      ],
      [
        {
          ...base,
          bands: Array.from({ length: FORM_LIMITS.bands + 1 }, (_, i) => ({
            min: i,
            max: i,
            label: `F${i}`,
          })),
        },
        'input.bands',
        `Al massimo ${FORM_LIMITS.bands} fasce`,
      ],
      [
        {
          ...base,
          items: [
            {
              ...item,
              options: [{ ...item.options[0]!, score: FORM_LIMITS.score + 1 }, item.options[1]!],
            },
          ],
        },
        'input.items[0].options[0].score',
        `Un numero intero tra -${FORM_LIMITS.score} e ${FORM_LIMITS.score}`,
      ],
      [
        { ...base, key: `a${'b'.repeat(50)}` },
        'input.key',
        expect.any(String) as unknown as string,
      ],
    ];
    for (const [input, path, message] of cases) {
      const result = await save(input);
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldError(result, path)).toEqual(message);
    }
    expect((await forms()).some((f) => f.key === key)).toBe(false);
  });

  it('lets only the tenant admin save, and not a viewer read', async () => {
    const key = uniqueKey('adl');
    for (const role of ['CASEWORKER', 'CASE_SUPERVISOR', 'VIEWER'] as const)
      expect(errorCode(await save(formInput(key), await userToken(tenant.id, [role])))).toBe(
        'FORBIDDEN',
      );
    expect((await forms()).some((f) => f.key === key)).toBe(false);
    const viewer = await userToken(tenant.id, ['VIEWER']);
    expect(errorCode(await graphql(platform.graphqlUrl, FORMS, {}, viewer))).toBe('FORBIDDEN');
    await saved(formInput(key));
    expect(
      errorCode(
        await graphql(
          `${platform.subgraphUrls.config}/graphql`,
          ENTITIES,
          { r: [{ __typename: 'AssessmentForm', key, version: 1 }] },
          viewer,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it("keeps each tenant's forms apart: never visible to another, the same key independent", async () => {
    const key = uniqueKey('adl');
    const mine = await saved(formInput(key));
    expect((await forms(otherAdmin)).some((f) => f.key === key)).toBe(false);
    expect(await entities([{ key, version: 1 }], otherAdmin)).toEqual([null]);
    const theirs = await saved(
      { ...formInput(key), label: 'Il modulo di un altro comune' },
      otherAdmin,
    );
    expect(theirs.version).toBe(1);
    const changed = formInput(key);
    changed.label = 'Autonomia (rivista)';
    expect((await saved(changed)).version).toBe(2);
    expect((await forms(otherAdmin)).find((f) => f.key === key)).toEqual(theirs);
    expect(await entities([{ key, version: 1 }])).toEqual([mine]);
    expect(await entities([{ key, version: 1 }], otherAdmin)).toEqual([theirs]);
  });
});
