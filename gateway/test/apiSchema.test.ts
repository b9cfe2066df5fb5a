import { existsSync, readFileSync } from 'node:fs';
import {
  API_BASELINE_PATH,
  apiSchemaSdl,
  readAnnouncedChanges,
  unannouncedBreakingChanges,
} from '../src/apiSchema';
import { readSupergraph } from '../src/supergraph';

const BASELINE = `
type Query {
  person(id: ID!): Person
  people(first: Int): [Person!]!
}
type Person {
  id: ID!
  name: String!
}
`;

describe('API schema compared with the committed baseline', () => {
  it('has no breaking change that gateway/breaking-changes.json does not announce', () => {
    expect(existsSync(API_BASELINE_PATH)).toBe(true);
    const unannounced = unannouncedBreakingChanges(
      readFileSync(API_BASELINE_PATH, 'utf8'),
      apiSchemaSdl(readSupergraph()),
      readAnnouncedChanges(),
    );
    // On failure: announce each change in gateway/breaking-changes.json (see docs/API.md).
    expect(unannounced.map((c) => c.description)).toEqual([]);
  });

  it('finds a removed field, a removed type and a new required argument', () => {
    const current = `
      type Query {
        person(id: ID!, tenant: ID!): Person
      }
      type Human { id: ID! }
      type Person { id: ID! }
    `;
    const found = unannouncedBreakingChanges(BASELINE, current, []).map((c) => c.description);
    expect(found).toEqual(
      expect.arrayContaining([
        'Query.people was removed.',
        'Person.name was removed.',
        'A required arg tenant on Query.person was added.',
      ]),
    );
  });

  it('lets through a change once it is announced, and only that one', () => {
    const current = `
      type Query { person(id: ID!, first: Int): Person }
      type Person { id: ID! }
    `;
    const announced = [{ change: 'Query.people was removed.', note: 'Usare person.' }];
    expect(
      unannouncedBreakingChanges(BASELINE, current, announced).map((c) => c.description),
    ).toEqual(['Person.name was removed.']);
  });

  it('does not count additions as breaking', () => {
    const current = `${BASELINE}\nextend type Person { surname: String }\ntype Other { id: ID }`;
    expect(unannouncedBreakingChanges(BASELINE, current, [])).toEqual([]);
  });

  it('prints the API schema without federation directives or join types', () => {
    const sdl = apiSchemaSdl(readSupergraph());
    expect(sdl).toContain('type Query');
    expect(sdl).not.toMatch(/@join__|join__Graph|@link/);
  });
});
