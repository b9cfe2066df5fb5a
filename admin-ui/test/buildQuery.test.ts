import { buildSchema, getVariableValues, validate, type GraphQLSchema } from 'graphql';
import type { BuildQueryResult } from 'ra-data-graphql';
import { apiSchemaSdl, readSupergraph } from '@sisa/gateway';
import { buildQuery } from '../src/dataProvider/buildQuery';
import { RESOURCE_OPERATIONS } from '../src/dataProvider/resourceOperations';

// Every operation the console can send, checked against the public API as the committed
// supergraph defines it: a renamed field, type or argument breaks this test, not a caseworker's day.
const schema: GraphQLSchema = buildSchema(apiSchemaSdl(readSupergraph()));
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const build = buildQuery({} as any);

function errorsOf(result: BuildQueryResult, checkVariables: boolean): string[] {
  const errors = validate(schema, result.query).map((e) => e.message);
  if (checkVariables) {
    const definition = result.query.definitions[0];
    if (definition?.kind === 'OperationDefinition') {
      const coerced = getVariableValues(
        schema,
        definition.variableDefinitions ?? [],
        result.variables ?? {},
      );
      if (coerced.errors) errors.push(...coerced.errors.map((e) => e.message));
    }
  }
  return errors;
}

const resources = Object.entries(RESOURCE_OPERATIONS);

describe('buildQuery: the console speaks the contract', () => {
  it.each(resources)('%s: lists, one record and many are valid operations', (resource) => {
    const list = build('GET_LIST', resource, {
      pagination: { page: 2, perPage: 50 },
      filter: { q: '', ids: undefined },
    });
    expect(errorsOf(list, true)).toEqual([]);
    expect(errorsOf(build('GET_MANY', resource, { ids: ['a', 'b'] }), true)).toEqual([]);
    expect(errorsOf(build('GET_ONE', resource, { id: 'x' }), true)).toEqual([]);
  });

  it.each(resources.filter(([, ops]) => ops.create))(
    '%s: create is a valid mutation',
    (resource) => {
      const result = build('CREATE', resource, { data: { hours: 8 } });
      expect(validate(schema, result.query).map((e) => e.message)).toEqual([]);
    },
  );

  it.each(resources.filter(([, ops]) => ops.update))(
    '%s: update is a valid mutation',
    (resource) => {
      const previousData = { id: 'x', version: 3 };
      const result = build('UPDATE', resource, { id: 'x', data: previousData, previousData });
      expect(validate(schema, result.query).map((e) => e.message)).toEqual([]);
      if (RESOURCE_OPERATIONS[resource]!.update!.versioned)
        expect(result.variables).toMatchObject({ expectedVersion: 3 });
    },
  );

  it.each(resources.filter(([, ops]) => ops.delete || ops.actions))(
    '%s: delete and actions are valid mutations',
    (resource) => {
      const ops = RESOURCE_OPERATIONS[resource]!;
      if (ops.delete)
        expect(
          errorsOf(build('DELETE', resource, { id: 'x', previousData: { id: 'x' } }), true),
        ).toEqual([]);
      for (const action of Object.keys(ops.actions ?? {}))
        expect(
          errorsOf(
            build('UPDATE', resource, { id: 'x', data: {}, previousData: {}, meta: { action } }),
            true,
          ),
        ).toEqual([]);
    },
  );

  it('sends only the changed fields of a partial update, with the version it was loaded at', () => {
    const partial = resources.find(([, ops]) => ops.update?.partial && !ops.input);
    if (!partial) return;
    const [resource] = partial;
    const previousData = { id: 'x', version: 7, phone: '02 1234', email: 'a@b.it' };
    const result = build('UPDATE', resource, {
      id: 'x',
      data: { ...previousData, phone: '02 9999' },
      previousData,
    });
    expect(result.variables).toMatchObject({ id: 'x', input: { phone: '02 9999' } });
    expect(Object.keys((result.variables as { input: object }).input)).toEqual(['phone']);
  });

  it('drops empty filter values: an empty search box is no filter', () => {
    const [resource] = resources.find(
      ([, ops]) => ops.list.shape === 'page' && 'filterType' in ops.list && ops.list.filterType,
    )!;
    const result = build('GET_LIST', resource, {
      pagination: { page: 1, perPage: 25 },
      filter: { q: '', status: null, other: undefined },
    });
    expect((result.variables as { filter: object }).filter).toEqual({});
  });

  it('refuses a resource or a method it does not know, rather than guessing', () => {
    expect(() => build('GET_LIST', 'nonEsiste', {})).toThrow(/nonEsiste/);
    const [resource] = resources.find(([, ops]) => !ops.delete)!;
    expect(() => build('DELETE', resource, { id: 'x' })).toThrow(/delete/);
  });
});
