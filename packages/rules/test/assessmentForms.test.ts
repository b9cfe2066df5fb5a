import {
  formErrors,
  isNewVersion,
  scoreAssessment,
  scoreRange,
  type AssessmentFormDefinition,
} from '../src';

const FORM: AssessmentFormDefinition = {
  key: 'autonomia_adl',
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
};

describe('assessments', () => {
  it('scores the sum of the chosen options and finds the band that holds it', () => {
    expect(scoreRange(FORM.items)).toEqual({ min: 0, max: 5 });
    expect(scoreAssessment(FORM, { igiene: 'PARZIALE', alimentazione: 'DIPENDENTE' })).toEqual({
      score: 4,
      band: 'Grave',
    });
    expect(scoreAssessment(FORM, { igiene: 'NO', colore: 'BLU' })).toEqual({
      errors: [
        { field: 'answers.colore', message: 'Voce non presente nel modulo' },
        { field: 'answers.igiene', message: 'Risposta non prevista per «Igiene personale»: NO' },
        { field: 'answers.alimentazione', message: 'Manca la risposta a «Alimentazione»' },
      ],
    });
    expect(scoreAssessment(FORM, ['AUTONOMO'])).toEqual({
      errors: [{ field: 'answers', message: 'Le risposte sono un oggetto { voce: codice }' }],
    });
  });

  it('accepts a well-formed form whose bands cover every total, refuses the rest', () => {
    expect(formErrors(FORM)).toEqual([]);
    const gaps: AssessmentFormDefinition = {
      ...FORM,
      bands: [
        { min: 1, max: 1, label: 'A' },
        { min: 3, max: 4, label: 'B' },
        { min: 4, max: 4, label: 'C' },
      ],
    };
    expect(formErrors(gaps)).toEqual([
      { field: 'input.bands[1].min', message: 'Nessuna fascia per i punteggi da 2 a 2' },
      { field: 'input.bands[2].min', message: 'Si sovrappone alla fascia «B»' },
      { field: 'input.bands', message: 'Nessuna fascia per i punteggi da 0 a 0' },
      { field: 'input.bands', message: 'Nessuna fascia per i punteggi da 5 a 5' },
    ]);
    const broken: AssessmentFormDefinition = {
      key: 'Autonomia',
      label: '',
      items: [
        { key: 'igiene', label: 'Igiene', options: [{ code: 'SI', label: 'Sì', score: 1.5 }] },
        {
          key: 'igiene',
          label: 'Ancora',
          options: [
            { code: 'si', label: 'Sì', score: 0 },
            { code: 'NO', label: 'No', score: 0 },
          ],
        },
      ],
      bands: [{ min: 3, max: 1, label: 'X' }],
    };
    expect(formErrors(broken).map((e) => e.field)).toEqual([
      'input.key',
      'input.label',
      'input.items[0].options',
      'input.items[0].options[0].score',
      'input.items[1].key',
      'input.items[1].options[0].code',
      'input.bands[0].max',
    ]);
  });

  it('makes a new version when anything an assessment depends on changes', () => {
    expect(isNewVersion(FORM, structuredClone(FORM))).toBe(false);
    const rescored = structuredClone(FORM);
    rescored.items[1]!.options[1]!.score = 2;
    expect(isNewVersion(FORM, rescored)).toBe(true);
  });
});
