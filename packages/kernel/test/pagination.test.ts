import { BadUserInputError, pageOf, toLimitOffset, toOrderBy } from '../src';

describe('pagination and sorting', () => {
  it('turns pages into limit and offset', () => {
    expect(toLimitOffset({})).toEqual({ limit: 25, offset: 0 });
    expect(toLimitOffset({ page: 3, perPage: 10 })).toEqual({ limit: 10, offset: 20 });
    expect(toLimitOffset({ page: 1, perPage: 200 })).toEqual({ limit: 200, offset: 0 });
  });

  it.each([
    [{ page: 0 }, 'page'],
    [{ page: -1 }, 'page'],
    [{ page: 1.5 }, 'page'],
    [{ perPage: 0 }, 'perPage'],
    [{ perPage: 201 }, 'perPage'],
    [{ perPage: 5000 }, 'perPage'],
  ])('refuses %j with a field error on %s, never capping it', (args, field) => {
    const error = (() => {
      try {
        toLimitOffset(args);
      } catch (e) {
        return e;
      }
    })() as BadUserInputError;
    expect(error).toBeInstanceOf(BadUserInputError);
    expect(error.fieldErrors.map((e) => e.field)).toEqual([field]);
  });

  it('tells where a page sits: hasNextPage until the last page', () => {
    expect(pageOf({ page: 1, perPage: 2 }, ['a', 'b'], 5).pageInfo).toEqual({
      page: 1,
      perPage: 2,
      hasNextPage: true,
    });
    expect(pageOf({ page: 2, perPage: 2 }, ['c', 'd'], 5).pageInfo.hasNextPage).toBe(true);
    expect(pageOf({ page: 3, perPage: 2 }, ['e'], 5).pageInfo.hasNextPage).toBe(false);
    expect(pageOf({ page: 2, perPage: 2 }, ['c', 'd'], 4).pageInfo.hasNextPage).toBe(false);
    expect(pageOf({}, [], 0)).toEqual({
      items: [],
      total: 0,
      pageInfo: { page: 1, perPage: 25, hasNextPage: false },
    });
  });

  it('sorts only on listed fields, with the id as tie-breaker', () => {
    const fields = { lastName: 'lastName', createdAt: 'createdAt' };
    expect(toOrderBy(null, fields, { lastName: 'asc' })).toEqual({ lastName: 'asc' });
    expect(toOrderBy({ field: 'createdAt', order: 'DESC' }, fields, {})).toEqual({
      createdAt: 'desc',
      id: 'desc',
    });
    expect(() => toOrderBy({ field: 'password; drop table', order: 'ASC' }, fields, {})).toThrow(
      BadUserInputError,
    );
  });
});
