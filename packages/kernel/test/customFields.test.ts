import {
  customFieldsFilter,
  customValuesForReading,
  validateCustomFields,
  type CustomFieldDefinition,
} from '../src';

function field(key: string, more: Partial<CustomFieldDefinition> = {}): CustomFieldDefinition {
  return {
    entity: 'SUBJECT',
    key,
    label: key,
    type: 'TEXT',
    required: false,
    position: 0,
    active: true,
    ...more,
  };
}

const lists: Record<string, Set<string>> = {
  disability: new Set(['NONE', 'PARTIAL', 'TOTAL']),
  lang: new Set(['it', 'en', 'ar']),
};
const context = { listCodes: (key: string) => lists[key] };

describe('custom field validation', () => {
  const definitions = [
    field('note', { type: 'LONG_TEXT' }),
    field('children', { type: 'INTEGER', min: 0, max: 20, required: true }),
    field('income', { type: 'DECIMAL', min: 0 }),
    field('disability', { type: 'SELECT', listKey: 'disability' }),
    field('disabilityPercent', {
      type: 'INTEGER',
      min: 0,
      max: 100,
      visibleWhen: { field: 'disability', equals: 'PARTIAL' },
      required: true,
    }),
    field('languages', { type: 'MULTI_SELECT', listKey: 'lang', max: 2 }),
    field('email', { type: 'EMAIL' }),
    field('iban', { pattern: 'IT[0-9]{2}[A-Z][0-9A-Z]{22}' }),
    field('since', { type: 'DATE' }),
    field('flag', { type: 'BOOLEAN' }),
    field('legacy', { active: false }),
  ];

  it('accepts and normalises good values', () => {
    const { values, errors } = validateCustomFields(
      definitions,
      {
        note: '  due righe  ',
        children: '2',
        income: 1234.5,
        disability: 'PARTIAL',
        disabilityPercent: 67,
        languages: ['it', 'ar', 'it'],
        email: 'Mario.Rossi@Example.IT ',
        iban: 'IT60X0542811101000000123456',
        since: '2024-02-29',
        flag: false,
      },
      context,
    );
    expect(errors).toEqual([]);
    expect(values).toEqual({
      note: 'due righe',
      children: 2,
      income: '1234.5',
      disability: 'PARTIAL',
      disabilityPercent: 67,
      languages: ['it', 'ar'],
      email: 'mario.rossi@example.it',
      iban: 'IT60X0542811101000000123456',
      since: '2024-02-29',
      flag: false,
    });
  });

  it('keeps DECIMAL values as the exact decimal strings they were written as', () => {
    const decimals = [field('income', { type: 'DECIMAL', min: 0, max: 1000 })];
    const check = (income: unknown) => validateCustomFields(decimals, { income }, context);
    expect(check('187.50').values).toEqual({ income: '187.50' });
    expect(check('0.000001').values).toEqual({ income: '0.000001' });
    for (const bad of ['3.000,00', '1,5', '1e3', '0.0000001', 'NaN', '1001', '-1'])
      expect(check(bad).errors.map((e) => e.field)).toEqual(['customFields.income']);
    // A number stored before (or sent by an older client) becomes its decimal string.
    expect(validateCustomFields(decimals, {}, context, { income: 187.5 }).values).toEqual({
      income: '187.5',
    });
    expect(customValuesForReading(decimals, 'SUBJECT', { income: 187.5, other: 3 })).toEqual({
      income: '187.5',
      other: 3,
    });
    const stored = { income: '187.50' };
    expect(customValuesForReading(decimals, 'SUBJECT', stored)).toBe(stored);
    expect(customFieldsFilter(decimals, { income: 500 })).toEqual({ income: '500' });
  });

  it('reports every problem on customFields.<key>, in Italian', () => {
    const { errors } = validateCustomFields(
      definitions,
      {
        children: 21,
        income: 'molto',
        disability: 'UNKNOWN',
        languages: ['it', 'en', 'ar'],
        email: 'x@',
        iban: 'IT00',
        since: '2023-02-29',
        flag: 'yes',
        extra: 1,
      },
      context,
    );
    const byField = Object.fromEntries(errors.map((e) => [e.field, e.message]));
    expect(byField).toEqual({
      'customFields.children': 'Massimo 20',
      'customFields.income': expect.stringMatching(/^Deve essere un numero decimale come stringa/),
      'customFields.disability': 'Valore non presente nell\u2019elenco',
      'customFields.languages': 'Massimo 2 valori',
      'customFields.email': 'Indirizzo email non valido',
      'customFields.iban': 'Formato non valido',
      'customFields.since': 'Deve essere una data (AAAA-MM-GG)',
      'customFields.flag': 'Deve essere vero o falso',
      'customFields.extra': 'Campo non previsto',
    });
  });

  it('requires required fields, but only while visible', () => {
    expect(validateCustomFields(definitions, {}, context).errors).toEqual([
      { field: 'customFields.children', message: 'Campo obbligatorio' },
    ]);
    const partial = validateCustomFields(
      definitions,
      { children: 1, disability: 'PARTIAL' },
      context,
    );
    expect(partial.errors).toEqual([
      { field: 'customFields.disabilityPercent', message: 'Campo obbligatorio' },
    ]);
    const hidden = validateCustomFields(
      definitions,
      { children: 1, disability: 'NONE', disabilityPercent: 50 },
      context,
    );
    expect(hidden.errors).toEqual([
      { field: 'customFields.disabilityPercent', message: 'Campo non applicabile in questo caso' },
    ]);
  });

  it('merges with the stored values, keeps inactive fields and drops values a condition now hides', () => {
    const previous = {
      children: 3,
      legacy: 'vecchio',
      disability: 'PARTIAL',
      disabilityPercent: 40,
    };
    const { values, errors } = validateCustomFields(
      definitions,
      { disability: 'NONE', note: null },
      context,
      previous,
    );
    expect(errors).toEqual([]);
    expect(values).toEqual({ children: 3, legacy: 'vecchio', disability: 'NONE' });
    const changeInactive = validateCustomFields(
      definitions,
      { legacy: 'nuovo' },
      context,
      previous,
    );
    expect(changeInactive.errors).toEqual([
      { field: 'customFields.legacy', message: 'Campo non più attivo: non si può modificare' },
    ]);
  });

  it('keeps a stored list value whose item has since been deactivated', () => {
    const { errors } = validateCustomFields(
      definitions,
      { children: 1, disability: 'OLD' },
      context,
      { disability: 'OLD' },
    );
    expect(errors).toEqual([]);
  });

  it('refuses a non-object and checks list filters', () => {
    expect(validateCustomFields(definitions, [1], context).errors[0]?.field).toBe('customFields');
    expect(customFieldsFilter(definitions, { disability: 'NONE' })).toEqual({ disability: 'NONE' });
    expect(() => customFieldsFilter(definitions, { nope: 1 })).toThrow('Campi non previsti: nope');
  });
});
