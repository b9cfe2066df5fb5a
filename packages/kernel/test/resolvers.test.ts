import { parse } from 'graphql';
import { mergeResolvers, scalarsUsedBy, DateScalar } from '../src';

describe('resolver modules', () => {
  it('merges modules by type', () => {
    const merged = mergeResolvers([
      { Query: { a: () => 1 } },
      { Query: { b: () => 2 }, Subject: { c: () => 3 } },
    ]);
    expect(Object.keys(merged.Query as object)).toEqual(['a', 'b']);
  });

  it('fails loudly when a field is defined twice', () => {
    expect(() => mergeResolvers([{ Query: { a: () => 1 } }, { Query: { a: () => 2 } }])).toThrow(
      'Resolver duplicato: Query.a',
    );
  });

  it('includes only the scalars the SDL declares', () => {
    const used = scalarsUsedBy(parse('scalar Date type Query { d: Date }'));
    expect(used).toEqual({ Date: DateScalar });
  });
});
