import type { GetListResult, GetManyResult, RaRecord } from 'react-admin';

/** The contract's largest page: a larger `perPage` is refused (BAD_USER_INPUT), never capped. */
export const MAX_PER_PAGE = 200;

export interface PageRequest {
  page: number;
  perPage: number;
}

/**
 * The contract pages (at most 200 rows each) that cover react-admin's page, and how many rows of
 * the first one come before it. The exporters ask for 1000 rows at once: five pages of 200.
 */
export function contractPagesFor({ page, perPage }: PageRequest): {
  pages: PageRequest[];
  skip: number;
} {
  if (perPage <= MAX_PER_PAGE) return { pages: [{ page, perPage }], skip: 0 };
  const start = (page - 1) * perPage;
  const first = Math.floor(start / MAX_PER_PAGE);
  const last = Math.ceil((start + perPage) / MAX_PER_PAGE);
  return {
    pages: Array.from({ length: last - first }, (_, i) => ({
      page: first + i + 1,
      perPage: MAX_PER_PAGE,
    })),
    skip: start - first * MAX_PER_PAGE,
  };
}

type ListCall = (
  resource: string,
  params: { pagination?: PageRequest } & Record<string, unknown>,
) => Promise<GetListResult>;

/**
 * `getList` (or `getManyReference`) of any size over pages of at most 200 rows, asked one after
 * the other until the requested rows or the list end.
 */
export async function listInContractPages(
  call: ListCall,
  resource: string,
  params: { pagination?: PageRequest } & Record<string, unknown>,
): Promise<GetListResult> {
  const requested = params.pagination ?? { page: 1, perPage: 25 };
  const { pages, skip } = contractPagesFor(requested);
  if (pages.length === 1 && skip === 0) return call(resource, params);
  const data: RaRecord[] = [];
  let total = 0;
  for (const pagination of pages) {
    const result = await call(resource, { ...params, pagination });
    data.push(...result.data);
    total = result.total ?? 0;
    if (pagination.page * pagination.perPage >= total) break;
  }
  return { data: data.slice(skip, skip + requested.perPage), total };
}

type ManyCall = (resource: string, params: { ids: RaRecord['id'][] }) => Promise<GetManyResult>;

/** `getMany` of any number of ids, at most 200 ids (one contract page) per request. */
export async function manyInContractPages(
  call: ManyCall,
  resource: string,
  params: { ids: RaRecord['id'][] } & Record<string, unknown>,
): Promise<GetManyResult> {
  if (params.ids.length <= MAX_PER_PAGE) return call(resource, params);
  const data: RaRecord[] = [];
  for (let i = 0; i < params.ids.length; i += MAX_PER_PAGE) {
    const result = await call(resource, { ...params, ids: params.ids.slice(i, i + MAX_PER_PAGE) });
    data.push(...result.data);
  }
  return { data };
}
