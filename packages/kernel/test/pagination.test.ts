import { BadUserInputError, toLimitOffset, toOrderBy } from '../src';

describe('pagination and sorting', () => {
  it('turns pages into limit and offset, capping perPage at 200', () => {
    expect(toLimitOffset({})).toEqual({ limit: 25, offset: 0 });
    expect(toLimitOffset({ page: 3, perPage: 10 })).toEqual({ limit: 10, offset: 20 });
    expect(toLimitOffset({ page: 1, perPage: 5000 })).toEqual({ limit: 200, offset: 0 });
    expect(() => toLimitOffset({ page: 0 })).toThrow(BadUserInputError);
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
