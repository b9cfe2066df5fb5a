import { composeSupergraph, readSupergraph } from '../src/supergraph';

describe('supergraph', () => {
  it('is committed up to date with the subgraphs (run `npm run compose` when this fails)', () => {
    expect(readSupergraph()).toBe(composeSupergraph());
  });
});
