import { parse } from 'graphql';
import {
  BadUserInputError,
  pageOf,
  sortFieldValue,
  sortTable,
  sortTableMismatches,
  toLimitOffset,
  toOrderBy,
} from '../src';

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

  it("sorts only on the values of the list's table, with the id as tie-breaker", () => {
    const table = sortTable('PersonSortField', ['lastName', 'createdAt', 'id']);
    expect(table.fields).toEqual({ LAST_NAME: 'lastName', CREATED_AT: 'createdAt', ID: 'id' });
    expect(toOrderBy(null, table, { lastName: 'asc' })).toEqual({ lastName: 'asc' });
    expect(toOrderBy({ field: 'CREATED_AT', order: 'DESC' }, table, {})).toEqual({
      createdAt: 'desc',
      id: 'desc',
    });
    expect(toOrderBy({ field: 'ID' }, table, {})).toEqual({ id: 'asc' });
    for (const field of ['lastName', 'password; drop table', 'constructor', 'toString'])
      expect(() => toOrderBy({ field, order: 'ASC' }, table, {})).toThrow(BadUserInputError);
  });

  it('names enum values in UPPER_SNAKE from camelCase fields', () => {
    expect(sortFieldValue('lastName')).toBe('LAST_NAME');
    expect(sortFieldValue('at')).toBe('AT');
    expect(sortFieldValue('applicantName')).toBe('APPLICANT_NAME');
    expect(sortFieldValue('lastLoginAt')).toBe('LAST_LOGIN_AT');
    expect(sortFieldValue('dsuYear')).toBe('DSU_YEAR');
  });

  it('finds every disagreement between the SDL sort enums and the tables', () => {
    const sdl = parse(`
      enum PersonSortField { LAST_NAME ID BIRTH_DATE }
      enum PetSortField { NAME }
      enum Colour { RED }
    `);
    expect(
      sortTableMismatches(sdl, [sortTable('PersonSortField', ['lastName', 'id', 'birthDate'])]),
    ).toEqual(['PetSortField: nessuna tabella di ordinamento']);
    expect(
      sortTableMismatches(sdl, [
        sortTable('PersonSortField', ['lastName', 'createdAt']),
        sortTable('PetSortField', ['name']),
        sortTable('CarSortField', ['plate']),
      ]),
    ).toEqual([
      'PersonSortField.ID: valore senza proprietà',
      'PersonSortField.BIRTH_DATE: valore senza proprietà',
      'PersonSortField.CREATED_AT: valore assente nello schema',
      'CarSortField: enum assente nello schema',
    ]);
  });
});
