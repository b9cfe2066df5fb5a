import { gql } from '@apollo/client';
import type { BuildQuery, BuildQueryFactory, BuildQueryResult } from 'ra-data-graphql';
import type {
  DeleteParams,
  GetListParams,
  GetManyReferenceParams,
  RaRecord,
  UpdateParams,
} from 'react-admin';
import { RecordNotFoundError, UnmappedOperationError } from './contractErrors';
import { filterRecords, sortAndPage } from './arrayLists';
import { changedFields } from './changedFields';
import { contractSort } from './listSort';
import { operationsOf } from './operationsOf';
import { pageListQuery } from './pageListQuery';
import type { ResourceOperations } from './resourceOperations';

type Parse = BuildQueryResult['parseResponse'];

function operation(
  text: string,
  variables: Record<string, unknown>,
  parseResponse: Parse,
): BuildQueryResult {
  return { query: gql(text), variables, parseResponse };
}

/** Drops empty filter values: an empty search box means "no filter", not "equal to ''". */
function cleanFilter(filter: Record<string, unknown> = {}): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(filter).filter(([, v]) => v !== '' && v !== undefined && v !== null),
  );
}

function pageQuery(ops: ResourceOperations, variables: Record<string, unknown>, parse: Parse) {
  const list = pageListQuery(ops, variables);
  return operation(list.text, list.variables, parse);
}

function arrayQuery(ops: ResourceOperations, parse: (records: RaRecord[]) => unknown) {
  return operation(
    `query ${ops.list.query} { data: ${ops.list.query} { ${ops.fields} } }`,
    {},
    (response) => parse(response.data.data as RaRecord[]),
  );
}

function notFound(): never {
  throw new RecordNotFoundError();
}

function unsupported(resource: string, method: string): never {
  throw new UnmappedOperationError(
    `Operazione "${method}" non prevista per la risorsa "${resource}" (dataProvider/resourceOperations.ts).`,
  );
}

function pageItems(response: { data: { data: { items: RaRecord[]; total: number } } }) {
  return { data: response.data.data.items, total: response.data.data.total };
}

function getList(ops: ResourceOperations, params: Partial<GetListParams>) {
  if (ops.list.shape === 'array') {
    return arrayQuery(ops, (records) => sortAndPage(filterRecords(records, params.filter), params));
  }
  const { page, perPage } = params.pagination ?? { page: 1, perPage: 25 };
  const sort = contractSort(ops.list.sort, params.sort);
  return pageQuery(
    ops,
    // At most 200: larger pages are split by the provider (./contractPages.ts).
    { filter: cleanFilter(params.filter), page, perPage, sort },
    pageItems,
  );
}

function getMany(ops: ResourceOperations, params: { ids: RaRecord['id'][] }) {
  const ids = params.ids.map(String);
  if (ops.list.shape === 'array')
    return arrayQuery(ops, (records) => ({ data: filterRecords(records, { ids }) }));
  return pageQuery(ops, { filter: { ids }, page: 1, perPage: Math.max(ids.length, 1) }, (r) => ({
    data: pageItems(r).data,
  }));
}

function getManyReference(ops: ResourceOperations, params: GetManyReferenceParams) {
  const filter = { ...cleanFilter(params.filter), [params.target]: params.id };
  return getList(ops, { ...params, filter });
}

function getOne(ops: ResourceOperations, params: { id: RaRecord['id'] }) {
  if (!ops.one && ops.list.shape === 'page') {
    // No `xxx(id)` query: the record is the one item of its list filtered by id.
    return pageQuery(ops, { filter: { ids: [String(params.id)] }, page: 1, perPage: 1 }, (r) => ({
      data: pageItems(r).data[0] ?? notFound(),
    }));
  }
  if (!ops.one) {
    return arrayQuery(ops, (records) => ({
      data: filterRecords(records, { ids: [params.id] })[0] ?? notFound(),
    }));
  }
  return operation(
    `query ${ops.one}($id: ID!) { data: ${ops.one}(id: $id) { ${ops.detailFields ?? ops.fields} } }`,
    { id: params.id },
    (r) => ({
      data: r.data.data ?? notFound(),
    }),
  );
}

function create(
  resource: string,
  ops: ResourceOperations,
  params: { data: Record<string, unknown> },
) {
  const create = ops.create ?? unsupported(resource, 'create');
  const input = ops.input ? ops.input(params.data) : params.data;
  return operation(
    `mutation ${create.mutation}($input: ${create.inputType}!) { data: ${create.mutation}(input: $input) { ${create.selection ?? ops.detailFields ?? ops.fields} } }`,
    { input },
    (r) => ({ data: create.toRecord ? create.toRecord(r.data.data) : r.data.data }),
  );
}

function update(resource: string, ops: ResourceOperations, params: UpdateParams) {
  const action: string | undefined = params.meta?.action;
  if (action) {
    const mutation = ops.actions?.[action] ?? unsupported(resource, `update/${action}`);
    return operation(
      `mutation ${mutation}($id: ID!) { data: ${mutation}(id: $id) { ${ops.detailFields ?? ops.fields} } }`,
      { id: params.id },
      (r) => ({
        data: r.data.data,
      }),
    );
  }
  const update = ops.update ?? unsupported(resource, 'update');
  const inputOf = update.input ?? ops.input;
  const toInput = (data: Record<string, unknown>) => (inputOf ? inputOf(data) : data);
  const input =
    update.partial && params.previousData
      ? changedFields(toInput(params.data), toInput(params.previousData))
      : toInput(params.data);
  // Optimistic concurrency: the version the form was loaded with; a stale one answers CONFLICT.
  const versioned = update.versioned !== undefined && update.versioned !== false;
  const versionType = update.versioned === 'required' ? 'Int!' : 'Int';
  return operation(
    `mutation ${update.mutation}($id: ID!, $input: ${update.inputType}!${versioned ? `, $expectedVersion: ${versionType}` : ''}) {
      data: ${update.mutation}(id: $id, input: $input${versioned ? ', expectedVersion: $expectedVersion' : ''}) { ${ops.detailFields ?? ops.fields} }
    }`,
    {
      id: params.id,
      input,
      ...(versioned ? { expectedVersion: params.previousData?.version ?? null } : {}),
    },
    (r) => ({ data: r.data.data }),
  );
}

function remove(resource: string, ops: ResourceOperations, params: DeleteParams) {
  const mutation = ops.delete ?? unsupported(resource, 'delete');
  return operation(
    `mutation ${mutation}($id: ID!) { data: ${mutation}(id: $id) }`,
    { id: params.id },
    () => ({
      data: params.previousData ?? { id: params.id },
    }),
  );
}

/**
 * ra-data-graphql's `buildQuery`: react-admin's methods → the contract's operations, from the
 * explicit map in resourceOperations.ts. The schema is never introspected (the gateway requires a
 * token even for that, and the map is the source of truth).
 */
export const buildQuery: BuildQueryFactory = () => {
  const build: BuildQuery = (method, resource, params) => {
    const ops = operationsOf(resource);
    switch (method) {
      case 'GET_LIST':
        return getList(ops, params);
      case 'GET_ONE':
        return getOne(ops, params);
      case 'GET_MANY':
        return getMany(ops, params);
      case 'GET_MANY_REFERENCE':
        return getManyReference(ops, params);
      case 'CREATE':
        return create(resource, ops, params);
      case 'UPDATE':
        return update(resource, ops, params);
      case 'DELETE':
        return remove(resource, ops, params);
      default:
        return unsupported(resource, method);
    }
  };
  return build;
};
