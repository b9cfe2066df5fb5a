import { conditionProblems, isIsoDate, type IndicatorField } from '../src';

const fields: IndicatorField[] = [
  { name: 'sex', label: 'Sesso', type: 'TEXT' },
  { name: 'age', label: 'Età', type: 'NUMBER' },
  { name: 'birthDate', label: 'Data di nascita', type: 'DATE' },
  { name: 'foreignCitizen', label: 'Cittadino straniero', type: 'BOOLEAN' },
  { name: 'customFields.aree', label: 'Aree', type: 'TEXT', multiple: true },
];

const problems = (filter: unknown) =>
  conditionProblems(filter, fields).map((p) => `${p.name}: ${p.message}`);

describe('conditionProblems', () => {
  it('accepts values and operators that suit the field', () => {
    expect(
      problems({
        sex: 'F',
        age: { gte: 18, lt: 65 },
        birthDate: { lte: '2000-01-01' },
        foreignCitizen: true,
        'customFields.aree': { contains: 'SAN' },
      }),
    ).toEqual([]);
    expect(problems(null)).toEqual([]);
    expect(problems({ sex: { in: ['F', 'M'] }, age: { isNull: true } })).toEqual([]);
  });

  it('refuses what the server cannot compile, in Italian, on the entry', () => {
    expect(problems([1])).toEqual([': Il filtro deve essere un oggetto campo → condizione']);
    expect(problems({ eta: 3 })).toEqual([
      'eta: Campo «eta» non disponibile per questo tipo di dato',
    ]);
    expect(problems({ age: { gte: '18' } })).toEqual(['age: Valore non adatto al tipo del campo']);
    expect(problems({ sex: { gt: 'F' } })).toEqual(['sex: «gt» vale solo per numeri e date']);
    expect(problems({ sex: ['F'] })).toEqual(['sex: Per più valori usare { "in": [ … ] }']);
    expect(problems({ sex: { in: [] } })).toEqual([
      'sex: «in» vuole da 1 a 100 valori adatti al campo',
    ]);
    expect(problems({ sex: { like: 'F' } })).toEqual(['sex: Operatore sconosciuto «like»']);
    expect(problems({ 'customFields.aree': { eq: 'SAN' } })).toEqual([
      'customFields.aree: Per un campo a scelta multipla usare «contains»',
    ]);
    expect(problems({ sex: { contains: 'F' } })).toEqual([
      'sex: «contains» vale solo per i campi a scelta multipla',
    ]);
    expect(problems({ foreignCitizen: 'true' })).toEqual([
      'foreignCitizen: Valore non adatto al tipo del campo',
    ]);
    expect(problems({ age: { isNull: 'no' } })).toEqual(['age: «isNull» vuole true o false']);
    expect(problems({ birthDate: { gte: '2026-02-30' } })).toEqual([
      'birthDate: Valore non adatto al tipo del campo',
    ]);
    expect(problems({ sex: 'x'.repeat(201) })).toEqual([
      'sex: Valore non adatto al tipo del campo',
    ]);
  });

  it('knows a calendar day from a string that looks like one', () => {
    expect(['2024-02-29', '2026-12-31'].map(isIsoDate)).toEqual([true, true]);
    expect(['2026-02-29', '2026-13-01', '2026-1-01', '0000-01-01'].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
