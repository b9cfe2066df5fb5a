import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  CONFIG_SDL_FILES,
  MEASURED_TYPES,
  MEASUREMENT_OWNERS,
  type MeasurementType,
} from '../src/schema';

const ROOT = resolve(__dirname, '../../..');
const SRC = resolve(__dirname, '../src');
const listed = JSON.parse(readFileSync(join(ROOT, 'gateway/subgraphs.json'), 'utf8')) as {
  subgraphs: { name: string; sdl: string[] }[];
};

/** What config serves and what the supergraph is composed from must be the same SDL. */
describe('config SDL files', () => {
  it('are the ones gateway/subgraphs.json lists for config', () => {
    const expected = [
      'packages/kernel/src/graphql/common.graphql',
      ...CONFIG_SDL_FILES.map((f) => relative(ROOT, resolve(SRC, f))),
    ];
    expect(listed.subgraphs.find((s) => s.name === 'config')?.sdl).toEqual(expected);
  });

  it.each(Object.entries(MEASUREMENT_OWNERS) as [MeasurementType, string][])(
    'declare %s exactly when its subgraph (%s) is in the supergraph',
    (type, owner) => {
      const inSupergraph = listed.subgraphs.some((s) => s.name === owner);
      // When this fails: add (or remove) the type in MEASURED_TYPES (src/schema/index.ts) and its
      // file `subgraphs/config/src/schema/measurements/<Type>.graphql` in config's sdl list.
      expect({ type, declared: MEASURED_TYPES.has(type) }).toEqual({
        type,
        declared: inSupergraph,
      });
    },
  );
});
