import type { ResourceOperations } from './resourceOperations';

type PageList = Extract<ResourceOperations['list'], { shape: 'page' }>;

/**
 * The text and variables of a list paged by the server: `xxx(page, perPage)` without a filter
 * type, `xxx(filter, page, perPage)` without a sort, `xxx(filter, page, perPage, sort: XxxSort)`
 * otherwise (the sort already in the contract's enum values, see ./listSort.ts).
 */
export function pageListQuery(
  ops: ResourceOperations,
  variables: Record<string, unknown>,
): { text: string; variables: Record<string, unknown> } {
  const list = ops.list as PageList;
  const items = `{ items { ${ops.fields} } total }`;
  if (!list.filterType) {
    return {
      text: `query ${list.query}($page: Int, $perPage: Int) {
        data: ${list.query}(page: $page, perPage: $perPage) ${items}
      }`,
      variables: { page: variables.page, perPage: variables.perPage },
    };
  }
  if (!list.sort) {
    const { sort: _sort, ...rest } = variables;
    return {
      text: `query ${list.query}($filter: ${list.filterType}, $page: Int, $perPage: Int) {
        data: ${list.query}(filter: $filter, page: $page, perPage: $perPage) ${items}
      }`,
      variables: rest,
    };
  }
  return {
    text: `query ${list.query}($filter: ${list.filterType}, $page: Int, $perPage: Int, $sort: ${list.sort.type}) {
      data: ${list.query}(filter: $filter, page: $page, perPage: $perPage, sort: $sort) ${items}
    }`,
    variables,
  };
}
