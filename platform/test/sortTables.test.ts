import { createSubgraph, sortTableMismatches, type SubgraphRuntime } from '@sisa/kernel';
import { PLATFORM_SUBGRAPHS } from '../src/subgraphs';

// Every list's XxxSortField enum has a table mapping each value to the property it sorts by, so
// a value the API offers can never reach toOrderBy unmapped.
describe('sort enums and tables of every subgraph', () => {
  it.each(PLATFORM_SUBGRAPHS.map((s) => [s.module.name, s.module] as const))(
    '%s: every XxxSortField enum agrees with its table',
    (_name, module) => {
      expect(sortTableMismatches(module.typeDefs, module.sorts ?? [])).toEqual([]);
    },
  );

  it('refuses to start a subgraph whose tables disagree with its SDL', async () => {
    const registry = PLATFORM_SUBGRAPHS.find((s) => s.module.name === 'registry')!.module;
    const sorts = registry.sorts!.filter((t) => t.enumName !== 'SubjectSortField');
    await expect(createSubgraph({ ...registry, sorts }, {} as SubgraphRuntime)).rejects.toThrow(
      'SubjectSortField: nessuna tabella di ordinamento',
    );
  });
});
