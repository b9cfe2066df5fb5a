import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { codegen } from '@graphql-codegen/core';
import type { Types } from '@graphql-codegen/plugin-helpers';
import * as add from '@graphql-codegen/add';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import * as typedDocumentNode from '@graphql-codegen/typed-document-node';
import { parse } from 'graphql';
import { REPO_ROOT, subgraphCodegenOutputs, type CodegenOutput } from '../src/codegen';

const PLUGINS = {
  add,
  'typescript-operations': typescriptOperations,
  'typed-document-node': typedDocumentNode,
};

/** An output's operations as graphql-codegen's CLI loads them. */
function documents(files: readonly string[]): Types.DocumentFile[] {
  return files.map((location) => {
    const rawSDL = readFileSync(location, 'utf8');
    return { location, document: parse(rawSDL), rawSDL };
  });
}

/** One output generated in memory by graphql-codegen's core (its CLI does not load under jest). */
function generate(output: CodegenOutput): Promise<string> {
  return codegen({
    filename: output.filename,
    schema: parse(output.schema),
    documents: documents(output.documents),
    plugins: output.plugins,
    pluginMap: PLUGINS,
    config: output.config,
  });
}

describe('the subgraphs’ generated types', () => {
  it('are committed up to date with the SDL and the operations (run `npm run codegen` when this fails)', () => {
    const files = subgraphCodegenOutputs().map((o) => relative(REPO_ROOT, o.filename));
    expect(files).toEqual(
      expect.arrayContaining([
        'packages/kernel/src/generated/config.ts',
        'subgraphs/config/src/generated/resolvers.ts',
        'subgraphs/registry/src/generated/resolvers.ts',
        'subgraphs/rei/src/generated/registry.ts',
        'subgraphs/rei/src/generated/resolvers.ts',
        'subgraphs/siuss/src/generated/resolvers.ts',
      ]),
    );
    // What `npm run codegen` runs, in check mode: it generates in memory and writes nothing.
    const check = spawnSync(
      join(REPO_ROOT, 'node_modules', '.bin', 'graphql-codegen'),
      ['--config', 'codegen.ts', '--check'],
      {
        cwd: REPO_ROOT,
        encoding: 'utf8',
        env: { ...process.env, NODE_OPTIONS: '--conditions=sisa-source' },
      },
    );
    expect({ status: check.status, output: check.stdout + check.stderr }).toEqual({
      status: 0,
      output: expect.any(String),
    });
  });

  it('fail when an operation asks another subgraph for a field it does not serve', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sisa-codegen-'));
    try {
      const stale = join(dir, 'stale.graphql');
      writeFileSync(stale, 'query Stale($id: ID!) { household(id: $id) { notAField } }\n');
      const toRegistry = subgraphCodegenOutputs().find((o) =>
        o.filename.endsWith(join('rei', 'src', 'generated', 'registry.ts')),
      )!;
      await expect(generate({ ...toRegistry, documents: [stale] })).rejects.toThrow(/notAField/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
