import { buildSchema, parse, type OperationDefinitionNode } from 'graphql';
import { scalarInputErrors } from '../src';

const schema = buildSchema(`
  scalar Date
  scalar DateTime
  scalar Decimal
  input MemberInput { since: Date note: String }
  input SubjectInput { birthDate: Date! members: [MemberInput!] amount: Decimal self: SubjectInput }
  enum SubjectSortField { LAST_NAME BIRTH_DATE }
  enum SortOrder { ASC DESC }
  enum Status { VALID INVALID }
  input SubjectSort { field: SubjectSortField! order: SortOrder = ASC }
  input SubjectFilter { status: [Status!] note: String }
  type Query { subjects(from: DateTime, input: SubjectInput, sort: SubjectSort, filter: SubjectFilter): Int }
`);

function errorsOf(query: string, variables?: Record<string, unknown>) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )!;
  return scalarInputErrors(schema, document, operation, variables);
}

describe('scalarInputErrors', () => {
  it('names the variable path of each bad value, nested objects and lists included', () => {
    const errors = errorsOf(
      'query($i: SubjectInput, $f: DateTime) { subjects(input: $i, from: $f) }',
      {
        i: {
          birthDate: '2018-02-30',
          amount: '3.000,00',
          members: [{ since: '2020-01-01' }, { since: 'ieri' }],
          self: { birthDate: '2020-01-01', amount: 12.5 },
        },
        f: '08/12/2026',
      },
    );
    expect(errors.map((e) => e.field)).toEqual([
      'i.birthDate',
      'i.amount',
      'i.members.1.since',
      'i.self.amount',
      'f',
    ]);
    expect(errors[0]!.message).toMatch(/Data non valida/);
    expect(errors[3]!.message).toMatch(/come stringa/);
  });

  it('names the argument path of bad literals, in fragments and default values too', () => {
    const errors = errorsOf(
      `query($d: Date = "ieri") { ...F subjects(input: { birthDate: $d, amount: 1.5 }) }
       fragment F on Query { subjects(from: "2026-12-08") }`,
    );
    expect(errors.map((e) => e.field).sort()).toEqual(['d', 'from', 'input.amount']);
  });

  it('passes good values and leaves other shapes to coercion', () => {
    expect(
      errorsOf(
        'query($i: SubjectInput) { subjects(input: $i, from: "2026-12-08T10:00:00+01:00") }',
        {
          i: { birthDate: '2018-02-28', amount: '187.50', members: 'x', unknown: 'ieri' },
        },
      ),
    ).toEqual([]);
  });

  it('reports at most 20 field errors', () => {
    const members = Array.from({ length: 10_000 }, () => ({ since: 'ieri' }));
    expect(
      errorsOf('query($i: SubjectInput) { subjects(input: $i) }', {
        i: { birthDate: '2018-02-28', members },
      }),
    ).toHaveLength(20);
  });

  it('refuses a variable outside its enum with the values allowed, in Italian', () => {
    const query = 'query($s: SubjectSort, $f: SubjectFilter) { subjects(sort: $s, filter: $f) }';
    expect(
      errorsOf(query, { s: { field: 'BIRTH_DATE', order: 'DESC' }, f: { status: ['VALID'] } }),
    ).toEqual([]);
    expect(
      errorsOf(query, { s: { field: 'lastName', order: 'down' }, f: { status: ['VALID', 3] } }),
    ).toEqual([
      {
        field: 's.field',
        message: '"lastName" non è un valore di SubjectSortField: usare LAST_NAME, BIRTH_DATE',
      },
      { field: 's.order', message: '"down" non è un valore di SortOrder: usare ASC, DESC' },
      { field: 'f.status.1', message: '3 non è un valore di Status: usare VALID, INVALID' },
    ]);
  });
});
