import { compileFieldPattern, validateCustomFields, type CustomFieldDefinition } from '../src';

const text = (pattern: string): CustomFieldDefinition => ({
  entity: 'SUBJECT',
  key: 'code',
  label: 'Codice',
  type: 'LONG_TEXT',
  required: false,
  position: 0,
  active: true,
  pattern,
});
const context = { listCodes: () => undefined };

describe('custom field patterns (RE2)', () => {
  it('matches the whole text, as before', () => {
    const compiled = compileFieldPattern('IT[0-9]{2}|[A-Z]+');
    if ('error' in compiled) throw new Error(compiled.error);
    expect(compiled.pattern.matches('IT12')).toBe(true);
    expect(compiled.pattern.matches('ABC')).toBe(true);
    expect(compiled.pattern.matches('xIT12')).toBe(false);
    expect(compiled.pattern.matches('IT123')).toBe(false);
  });

  it('answers a catastrophic-backtracking pattern on the longest value (a backtracking engine would never finish)', () => {
    const { values, errors } = validateCustomFields(
      [text('^((a+))+$')],
      { code: `${'a'.repeat(9999)}!` },
      context,
    );
    expect(errors).toEqual([{ field: 'customFields.code', message: 'Formato non valido' }]);
    expect(values).toEqual({});
    expect(
      validateCustomFields([text('(\\w+\\s?)+$')], { code: 'parola '.repeat(1400) }, context)
        .errors,
    ).toEqual([]);
  });

  it('refuses backreferences, lookarounds, huge programs and long patterns, in Italian', () => {
    for (const pattern of ['(a)\\1', '(?=a)a', '(?!a).', '(?<=a)b', '(?<!a)b', '[a-'])
      expect(compileFieldPattern(pattern)).toEqual({
        error: expect.stringMatching(/^Espressione regolare non valida o non supportata/),
      });
    expect(compileFieldPattern('(a?){1000}a{1000}')).toEqual({
      error: 'Espressione regolare troppo complessa: ridurre le ripetizioni',
    });
    expect(compileFieldPattern('a'.repeat(501))).toEqual({ error: 'Al massimo 500 caratteri' });
  });

  it('takes no value for a stored pattern RE2 cannot compile, instead of failing', () => {
    const { errors } = validateCustomFields([text('(a)\\1')], { code: 'aa' }, context);
    expect(errors).toEqual([
      {
        field: 'customFields.code',
        message:
          'Formato del campo non verificabile: l\u2019amministratore deve correggerne la definizione',
      },
    ]);
  });
});
