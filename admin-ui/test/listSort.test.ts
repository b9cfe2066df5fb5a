import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getVariableValues,
  parse,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  validate,
  type OperationDefinitionNode,
} from 'graphql';
import { apiSchemaSdl } from '../../gateway/src/apiSchema';
import { readSupergraph } from '../../gateway/src/supergraph';
import { contractSort, sortFieldValue } from '../src/dataProvider/listSort';
import { pageListQuery } from '../src/dataProvider/pageListQuery';
import { RESOURCE_OPERATIONS } from '../src/dataProvider/resourceOperations';
import { INBOX_ORDER } from '../src/resources/referrals/inboxOrder';

const api = buildSchema(apiSchemaSdl(readSupergraph()));

/** The list screen of each resource whose list the server sorts. */
const LIST_FILES: Record<string, string> = {
  subjects: 'subjects/SubjectList.tsx',
  households: 'households/HouseholdList.tsx',
  reiApplications: 'reiApplications/ReiApplicationList.tsx',
  socialBenefits: 'socialBenefits/SocialBenefitList.tsx',
  users: 'users/UserList.tsx',
  supportGrants: 'supportGrants/SupportGrantList.tsx',
  referrals: 'referrals/ReferralList.tsx',
  socialCases: 'socialCases/SocialCaseList.tsx',
};

const sortedLists = Object.entries(RESOURCE_OPERATIONS).flatMap(([resource, ops]) =>
  ops.list.shape === 'page' && ops.list.sort ? [{ resource, sort: ops.list.sort }] : [],
);

function enumValuesOf(sortType: string): string[] {
  const input = api.getType(sortType);
  if (!isInputObjectType(input)) throw new Error(`${sortType} is not an input type`);
  const field = input.getFields().field!.type;
  const named = isNonNullType(field) ? field.ofType : field;
  if (!isEnumType(named)) throw new Error(`${sortType}.field is not an enum`);
  return named.getValues().map((v) => v.name);
}

/** What the data provider's getList sends for react-admin's sort (as buildQuery.ts does). */
function listRequest(resource: string, field: string, order: 'ASC' | 'DESC') {
  const ops = RESOURCE_OPERATIONS[resource]!;
  const sort = contractSort(ops.list.shape === 'page' ? ops.list.sort : undefined, {
    field,
    order,
  });
  const { text, variables } = pageListQuery(ops, { filter: {}, page: 1, perPage: 25, sort });
  return { query: parse(text), variables };
}

describe('list sorting in the console', () => {
  it('turns react-admin field names into the enum values, only for offered fields', () => {
    expect(sortFieldValue('lastName')).toBe('LAST_NAME');
    expect(sortFieldValue('lastLoginAt')).toBe('LAST_LOGIN_AT');
    const spec = { type: 'SubjectSort', fields: ['lastName', 'id'] };
    expect(contractSort(spec, { field: 'lastName', order: 'DESC' })).toEqual({
      field: 'LAST_NAME',
      order: 'DESC',
    });
    expect(contractSort(spec, { field: 'id', order: 'ASC' })).toEqual({
      field: 'ID',
      order: 'ASC',
    });
    // Not offered (a stored preference, a column without its sort): the server's own order.
    expect(contractSort(spec, { field: 'residence.municipalityName', order: 'ASC' })).toBeNull();
    expect(contractSort(undefined, { field: 'lastName', order: 'ASC' })).toBeNull();
  });

  it('offers exactly the values of each list\u2019s XxxSortField enum', () => {
    expect(sortedLists.map((l) => l.resource).sort()).toEqual(Object.keys(LIST_FILES).sort());
    for (const { resource, sort } of sortedLists) {
      expect({ resource, values: sort.fields.map(sortFieldValue).sort() }).toEqual({
        resource,
        values: enumValuesOf(sort.type).sort(),
      });
    }
  });

  it('sends, for every offered field, a query the API accepts with its variables', () => {
    for (const { resource, sort } of sortedLists) {
      for (const field of sort.fields) {
        const { query, variables } = listRequest(resource, field, 'DESC');
        expect({ resource, errors: validate(api, query).map((e) => e.message) }).toEqual({
          resource,
          errors: [],
        });
        const operation = query.definitions[0] as OperationDefinitionNode;
        const coerced = getVariableValues(api, operation.variableDefinitions ?? [], variables);
        expect({ resource, field, errors: coerced.errors?.map((e) => e.message) }).toEqual({
          resource,
          field,
          errors: undefined,
        });
        expect(variables.sort).toEqual({ field: sortFieldValue(field), order: 'DESC' });
      }
    }
  });

  it('lets a list column sort only on what its list offers', () => {
    const columns = /<DataTable\.Col\b([^>]*)>/g;
    for (const { resource, sort } of sortedLists) {
      const text = readFileSync(join(__dirname, '../src/resources', LIST_FILES[resource]!), 'utf8');
      const sortable = [...text.matchAll(columns)]
        .map((m) => m[1]!)
        .filter((attrs) => !/\bdisableSort\b/.test(attrs))
        .map(
          (attrs) => /\bsortBy="([^"]+)"/.exec(attrs)?.[1] ?? /\bsource="([^"]+)"/.exec(attrs)?.[1],
        )
        .filter((f): f is string => f !== undefined);
      expect(sortable.length).toBeGreaterThan(0);
      expect({ resource, notOffered: sortable.filter((f) => !sort.fields.includes(f)) }).toEqual({
        resource,
        notOffered: [],
      });
    }
  });

  it('leaves the referrals inbox in the server\u2019s order: no sort sent', () => {
    const ops = RESOURCE_OPERATIONS.referrals!;
    const sort = contractSort(ops.list.shape === 'page' ? ops.list.sort : undefined, INBOX_ORDER);
    expect(sort).toBeNull();
    const text = readFileSync(join(__dirname, '../src/resources', LIST_FILES.referrals!), 'utf8');
    expect(text).toMatch(/<List\b[^>]*\bsort=\{INBOX_ORDER\}/);
  });
});
