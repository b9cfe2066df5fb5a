import { join, relative } from 'node:path';

/**
 * The consumer test's graphql-codegen setup, shared by the CLI config (`e2e/codegen.ts`, run by
 * `npm run codegen -w @sisa/e2e`) and the test that fails when the committed output is stale.
 */

/** The e2e workspace folder. */
export const E2E_DIR = join(__dirname, '..', '..');
/** The operations the consumer test sends, one `.graphql` file per domain. */
export const OPERATIONS_DIR = join(__dirname, 'operations');
/** The generated TypedDocumentNodes and their types (committed). */
export const GENERATED_PATH = join(__dirname, 'generated', 'graphql.ts');

/** The first lines of the generated file. */
export const GENERATED_HEADER =
  '// Generato da graphql-codegen (npm run codegen -w @sisa/e2e) dallo schema di gateway/supergraph.graphql: non modificare a mano.';

/**
 * Plugins, in order: the header, the operations' types (with the inputs and enums they use),
 * then the operations as TypedDocumentNodes.
 */
export const CODEGEN_PLUGINS = [
  { add: { content: GENERATED_HEADER } },
  'typescript-operations',
  'typed-document-node',
] as const;

/** The plugins' options: our scalars as the strings they travel as, type-only imports. */
export const CODEGEN_PLUGIN_CONFIG = {
  strictScalars: true,
  scalars: {
    Date: 'string',
    DateTime: 'string',
    Decimal: 'string',
    JSON: 'unknown',
  },
  useTypeImports: true,
  // Apollo Client's cache adds __typename to every selection below the root: the types say so.
  nonOptionalTypename: true,
  skipTypeNameForRoot: true,
  dedupeFragments: true,
};

/** A path relative to the e2e workspace (the CLI resolves its paths from there). */
export const fromE2e = (path: string): string => relative(E2E_DIR, path);
