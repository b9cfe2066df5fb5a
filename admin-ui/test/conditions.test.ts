import { checkIndicatorSpec } from '../../packages/kernel/src/indicators/spec';
import { INDICATOR_FIELDS } from '../../packages/kernel/src/indicators/vocabulary';
import {
  filterProblem,
  filterToRows,
  parseFilterText,
  repeatedRows,
  rowsToFilter,
} from '../src/resources/indicators/conditions';

const fields = [
  ...INDICATOR_FIELDS.SUBJECT.map((f) => ({ ...f, multiple: false })),
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

  it('finds what the server would refuse, in Italian', () => {
    const samples: unknown[] = [
      { sex: 'F' },
      { age: { gte: 18 } },
      { age: { gte: '18' } },
      { sex: { gt: 'F' } },
      { eta: 3 },
      { sex: ['F'] },
      { sex: { in: [] } },
      { sex: { like: 'F' } },
      { 'customFields.aree': { contains: 'SAN' } },
      { 'customFields.aree': { eq: 'SAN' } },
      { foreignCitizen: 'true' },
      { birthDate: { lte: '2000-01-01' } },
      { age: { isNull: 'no' } },
    ];
    for (const filter of samples) {
      const server = checkIndicatorSpec(
        { entity: 'SUBJECT', aggregate: 'COUNT', filter: filter as never },
        fields,
      );
      expect([filter, filterProblem(filter, fields) !== null]).toEqual([filter, server.length > 0]);
    }
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
