import {
  filterProblem,
  filterToRows,
  parseFilterText,
  repeatedRows,
  rowsToFilter,
} from '../src/resources/indicators/conditions';

const fields = [
  { name: 'sex', label: 'Sesso', type: 'TEXT' as const, multiple: false },
  { name: 'age', label: 'Età', type: 'NUMBER' as const, multiple: false },
  { name: 'birthPlaceCode', label: 'Luogo di nascita', type: 'TEXT' as const, multiple: false },
  { name: 'customFields.aree', label: 'Aree', type: 'TEXT' as const, multiple: true },
];

describe('the conditions of an indicator', () => {
  it('turns the contract’s filter into rows and back', () => {
    const rows = filterToRows({
      sex: 'F',
      age: { gte: 18, lt: 65 },
      birthPlaceCode: { isNull: false },
    });
    expect(rows).toEqual([
      { field: 'sex', operator: 'eq', value: 'F' },
      { field: 'age', operator: 'gte', value: 18 },
      { field: 'age', operator: 'lt', value: 65 },
      { field: 'birthPlaceCode', operator: 'notNull', value: null },
    ]);
    expect(rowsToFilter(rows)).toEqual({
      sex: { eq: 'F' },
      age: { gte: 18, lt: 65 },
      birthPlaceCode: { isNull: false },
    });
    // Incomplete rows are left out; none at all is no filter.
    expect(rowsToFilter([{ field: 'sex', operator: 'eq', value: '' }])).toBeNull();
    expect(
      repeatedRows([
        { field: 'age', operator: 'gte', value: 18 },
        { field: 'age', operator: 'gte', value: 21 },
      ]),
    ).toEqual(new Set([0]));
  });

  it('says the server’s first objection, named by the field’s label', () => {
    expect(filterProblem({ sex: 'F', age: { gte: 18 } }, fields)).toBeNull();
    expect(filterProblem(null, fields)).toBeNull();
    expect(filterProblem({ age: { gte: '18' } }, fields)).toBe(
      '«Età»: Valore non adatto al tipo del campo',
    );
    expect(filterProblem({ 'customFields.aree': { eq: 'SAN' } }, fields)).toBe(
      '«Aree»: Per un campo a scelta multipla usare «contains»',
    );
  });

  it('says what is wrong with the advanced view’s text', () => {
    expect(parseFilterText('{"sex": ', fields).problem).toBe(
      'JSON non valido: controlla virgolette, virgole e parentesi',
    );
    expect(parseFilterText('[1]', fields).problem).toMatch(/^Le condizioni sono un oggetto JSON/);
    expect(parseFilterText('{"eta": 1}', fields).problem).toBe(
      'Campo «eta» non disponibile per questo tipo di dato',
    );
    expect(parseFilterText(' ', fields)).toEqual({ filter: null, problem: null });
    expect(parseFilterText('{"sex": "M"}', fields)).toEqual({
      filter: { sex: 'M' },
      problem: null,
    });
  });
});
