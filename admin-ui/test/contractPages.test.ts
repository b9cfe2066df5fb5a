import type { GetListResult } from 'react-admin';
import {
  contractPagesFor,
  listInContractPages,
  manyInContractPages,
} from '../src/dataProvider/contractPages';

const ROWS = Array.from({ length: 1234 }, (_, i) => ({ id: `r${i}` }));

/** A list served as the contract serves it: pages of at most 200 rows, anything more refused. */
function contractList(requests: { page: number; perPage: number }[]) {
  return async (
    _resource: string,
    params: { pagination?: { page: number; perPage: number } },
  ): Promise<GetListResult> => {
    const { page, perPage } = params.pagination!;
    if (perPage > 200) throw new Error('perPage above 200');
    requests.push({ page, perPage });
    return { data: ROWS.slice((page - 1) * perPage, page * perPage), total: ROWS.length };
  };
}

// The console never asks the contract for more than 200 rows: the CSV exports ask react-admin
// for 1000 and get them in pages of 200, none lost.
describe('contract pages', () => {
  it('splits a page larger than 200 into pages of 200, aligned or not', () => {
    expect(contractPagesFor({ page: 3, perPage: 50 })).toEqual({
      pages: [{ page: 3, perPage: 50 }],
      skip: 0,
    });
    expect(contractPagesFor({ page: 1, perPage: 1000 })).toEqual({
      pages: [1, 2, 3, 4, 5].map((page) => ({ page, perPage: 200 })),
      skip: 0,
    });
    expect(contractPagesFor({ page: 2, perPage: 250 })).toEqual({
      pages: [
        { page: 2, perPage: 200 },
        { page: 3, perPage: 200 },
      ],
      skip: 50,
    });
  });

  it('returns every row of an export of 1000, then stops at the end of the list', async () => {
    const requests: { page: number; perPage: number }[] = [];
    const first = await listInContractPages(contractList(requests), 'subjects', {
      pagination: { page: 1, perPage: 1000 },
    });
    expect(first.data.map((r) => r.id)).toEqual(ROWS.slice(0, 1000).map((r) => r.id));
    expect(first.total).toBe(1234);
    const second = await listInContractPages(contractList(requests), 'subjects', {
      pagination: { page: 2, perPage: 1000 },
    });
    expect(second.data.map((r) => r.id)).toEqual(ROWS.slice(1000).map((r) => r.id));
    expect(requests.every((r) => r.perPage <= 200)).toBe(true);
    expect(requests).toHaveLength(5 + 2);
    const odd = await listInContractPages(contractList([]), 'subjects', {
      pagination: { page: 2, perPage: 250 },
    });
    expect(odd.data.map((r) => r.id)).toEqual(ROWS.slice(250, 500).map((r) => r.id));
  });

  it('asks for many ids 200 at a time', async () => {
    const sizes: number[] = [];
    const ids = ROWS.slice(0, 450).map((r) => r.id);
    const result = await manyInContractPages(
      async (_resource, params) => {
        sizes.push(params.ids.length);
        return { data: params.ids.map((id) => ({ id })) };
      },
      'subjects',
      { ids },
    );
    expect(sizes).toEqual([200, 200, 50]);
    expect(result.data.map((r) => r.id)).toEqual(ids);
  });
});
