import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import type { Types } from '@graphql-codegen/plugin-helpers';
import * as add from '@graphql-codegen/add';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import * as typedDocumentNode from '@graphql-codegen/typed-document-node';
import { parse } from 'graphql';
import { consumerSchemaSdl } from '../../src/consumer/apiSchema';
import {
  CODEGEN_PLUGIN_CONFIG,
  CODEGEN_PLUGINS,
  GENERATED_PATH,
  OPERATIONS_DIR,
  fromE2e,
} from '../../src/consumer/codegenConfig';

/** The consumer test's operations as graphql-codegen's CLI loads them (sorted by path). */
function operations(): Types.DocumentFile[] {
  return readdirSync(OPERATIONS_DIR)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => {
      const path = join(OPERATIONS_DIR, name);
      const rawSDL = readFileSync(path, 'utf8');
      return { location: fromE2e(path), document: parse(rawSDL), rawSDL };
    });
}

/** What `npm run codegen -w @sisa/e2e` writes, generated in memory. */
function generate(): Promise<string> {
  return codegen({
    filename: fromE2e(GENERATED_PATH),
    schema: parse(consumerSchemaSdl()),
    documents: operations(),
    plugins: CODEGEN_PLUGINS.map((plugin) =>
      typeof plugin === 'string' ? { [plugin]: {} } : plugin,
    ),
    pluginMap: {
      add,
      'typescript-operations': typescriptOperations,
      'typed-document-node': typedDocumentNode,
    },
    config: CODEGEN_PLUGIN_CONFIG,
  });
}

describe('the consumer test’s generated types', () => {
  it('are committed up to date with the supergraph and the operations (run `npm run codegen -w @sisa/e2e` when this fails)', async () => {
    expect(readFileSync(GENERATED_PATH, 'utf8')).toBe(await generate());
  });

  it('fail when an operation asks for a field the API does not have', async () => {
    const documents = operations();
    documents.push({
      location: 'stale.graphql',
      document: parse('query Stale { viewer { notAField } }'),
    });
    await expect(
      codegen({
        filename: 'stale.ts',
        schema: parse(consumerSchemaSdl()),
        documents,
        plugins: [{ 'typescript-operations': {} }],
        pluginMap: { 'typescript-operations': typescriptOperations },
        config: CODEGEN_PLUGIN_CONFIG,
      }),
    ).rejects.toThrow(/notAField/);
  });
});
