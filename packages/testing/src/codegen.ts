import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as add from '@graphql-codegen/add';
import { codegen } from '@graphql-codegen/core';
import type { Types } from '@graphql-codegen/plugin-helpers';
import * as typedDocumentNode from '@graphql-codegen/typed-document-node';
import * as typescriptOperations from '@graphql-codegen/typescript-operations';
import { parse } from 'graphql';
import { apiSchemaSdl, readSupergraph } from '@sisa/gateway';

/**
 * graphql-codegen for the API's clients in this repository (the console, the consumer test):
 * TypedDocumentNodes and their types for a folder of `.graphql` operations, from the public API
 * schema of the committed supergraph. Each workspace's `codegen.ts` (its `npm run codegen`) and
 * its staleness test read the same settings, so the test fails exactly when the CLI would write
 * something else.
 */

/** A plugin as graphql-codegen's config names it: a package's name, or `add` with its content. */
export type CodegenPlugin =
  'typescript-operations' | 'typed-document-node' | { add: { content: string } };

/** One generated file: where its operations are, where it goes, its plugins and their options. */
export interface OperationsCodegen {
  /** The workspace folder: the CLI resolves paths from there, and names documents by them. */
  root: string;
  /** The `.graphql` operations, one file per domain. */
  operationsDir: string;
  /** The generated file (committed). */
  generatedPath: string;
  plugins: readonly CodegenPlugin[];
  config: Readonly<Record<string, unknown>>;
}

/** The options every client shares: our scalars as the strings they travel as, type-only imports. */
export const API_CODEGEN_CONFIG = {
  strictScalars: true,
  scalars: {
    Date: 'string',
    DateTime: 'string',
    Decimal: 'string',
    JSON: 'unknown',
  },
  useTypeImports: true,
  dedupeFragments: true,
} as const;

/** The public API schema a client sees (federation's `join__` machinery removed), sorted. */
export function apiSchemaForCodegen(): string {
  return apiSchemaSdl(readSupergraph());
}

/** A path relative to the workspace (as the CLI, run from there, names it). */
export const fromRoot = (settings: Pick<OperationsCodegen, 'root'>, path: string): string =>
  relative(settings.root, path);

/** The operations as graphql-codegen's CLI loads them (sorted by path). */
export function operationDocuments(settings: OperationsCodegen): Types.DocumentFile[] {
  return readdirSync(settings.operationsDir)
    .filter((name) => name.endsWith('.graphql'))
    .sort()
    .map((name) => {
      const path = join(settings.operationsDir, name);
      const rawSDL = readFileSync(path, 'utf8');
      return { location: fromRoot(settings, path), document: parse(rawSDL), rawSDL };
    });
}

const PLUGIN_MAP = {
  add,
  'typescript-operations': typescriptOperations,
  'typed-document-node': typedDocumentNode,
};

/**
 * What the workspace's `npm run codegen` writes, generated in memory; `documents` replaces the
 * workspace's operations (a test's broken one). Throws on an operation the API does not allow.
 */
export function generateOperations(
  settings: OperationsCodegen,
  documents: Types.DocumentFile[] = operationDocuments(settings),
): Promise<string> {
  return codegen({
    filename: fromRoot(settings, settings.generatedPath),
    schema: parse(apiSchemaForCodegen()),
    documents,
    plugins: settings.plugins.map((plugin) =>
      typeof plugin === 'string' ? { [plugin]: {} } : plugin,
    ),
    pluginMap: PLUGIN_MAP,
    config: settings.config as Record<string, unknown>,
  });
}

/** The CLI's config (`codegen.ts`) for these settings. */
export function codegenCliConfig(settings: OperationsCodegen): Types.Config {
  return {
    overwrite: true,
    schema: apiSchemaForCodegen(),
    documents: `${fromRoot(settings, settings.operationsDir)}/*.graphql`,
    generates: {
      [fromRoot(settings, settings.generatedPath)]: {
        plugins: [...settings.plugins] as Types.OutputConfig[],
        config: settings.config as Record<string, unknown>,
      },
    },
  };
}
