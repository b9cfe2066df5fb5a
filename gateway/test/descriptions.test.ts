import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { missingDescriptions } from '../src/descriptions';
import { GATEWAY_DIR, subgraphList } from '../src/supergraph';

/**
 * The SDL files whose every type, field, argument and enum value is described (in Italian):
 * add a file here once it is complete, so coverage only grows.
 */
const DESCRIBED = [
  'packages/kernel/src/graphql/common.graphql',
  'packages/kernel/src/graphql/indicators.graphql',
  'packages/kernel/src/graphql/readAudit.graphql',
  'subgraphs/config/src/schema/identity.graphql',
  'subgraphs/config/src/schema/configuration.graphql',
  'subgraphs/config/src/schema/scopes.graphql',
  'subgraphs/registry/src/schema.graphql',
  'subgraphs/registry/src/configSchema.graphql',
  'subgraphs/rei/src/schema.graphql',
  'subgraphs/rei/src/configSchema.graphql',
  'subgraphs/siuss/src/schema.graphql',
  'subgraphs/siuss/src/configSchema.graphql',
];

describe('descriptions of the API', () => {
  it.each(DESCRIBED)('%s describes every type, field, argument and enum value', (file) => {
    const sdl = readFileSync(join(GATEWAY_DIR, '..', file), 'utf8');
    expect(missingDescriptions(sdl)).toEqual([]);
  });

  it('lists only SDL files the supergraph is composed from', () => {
    const composed = new Set(subgraphList().flatMap((s) => s.sdl));
    expect(DESCRIBED.filter((f) => !composed.has(f))).toEqual([]);
  });

  it('finds an undescribed type, field, argument and enum value', () => {
    const sdl = `
      "Descritto."
      type A { "Descritto." ok: Int, bare(x: Int): Int }
      enum E { "Descritto." ONE, TWO }
      type Query { a: A }
      extend type B { "Descritto." y: Int }
    `;
    expect(missingDescriptions(sdl)).toEqual(['A.bare', 'A.bare(x)', 'E', 'E.TWO', 'Query.a']);
  });
});
