import { unreachableSubgraphErrors } from '../src/unreachable';

describe('errors of an unreachable subgraph', () => {
  const entities = `query($representations: [_Any!]!) { _entities(representations: $representations) {
    ... on Subject { reiApplications { id } apps: reiApplications { id } __typename } } }`;

  it('names each field an entities fetch was to fill, for each entity', () => {
    const errors = unreachableSubgraphErrors('rei', entities, {
      representations: [{ id: 'a' }, { id: 'b' }],
    });
    expect(errors.map((e) => e.path)).toEqual([
      ['_entities', 0, 'reiApplications'],
      ['_entities', 0, 'apps'],
      ['_entities', 1, 'reiApplications'],
      ['_entities', 1, 'apps'],
    ]);
    expect(errors[0]).toMatchObject({
      message: 'Il servizio rei non risponde: riprova tra poco',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  });

  it('names the root fields of a root fetch, and bounds the number of errors', () => {
    expect(
      unreachableSubgraphErrors('rei', '{ a: reiApplications { total } b: x }', {}).map(
        (e) => e.path,
      ),
    ).toEqual([['a'], ['b']]);
    const many = Array.from({ length: 1000 }, (_, i) => ({ id: String(i) }));
    expect(unreachableSubgraphErrors('rei', entities, { representations: many })).toHaveLength(50);
    expect(unreachableSubgraphErrors('rei', 'not graphql', {})).toEqual([
      {
        message: 'Il servizio rei non risponde: riprova tra poco',
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      },
    ]);
  });
});
