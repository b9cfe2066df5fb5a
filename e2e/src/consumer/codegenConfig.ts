import { join } from 'node:path';
import { API_CODEGEN_CONFIG, type OperationsCodegen } from '@sisa/testing/codegen';

/**
 * The consumer test's graphql-codegen setup, shared by the CLI config (`e2e/codegen.ts`, run by
 * `npm run codegen -w @sisa/e2e`) and the test that fails when the committed output is stale.
 */

/** The first lines of the generated file. */
export const GENERATED_HEADER =
  '// Generato da graphql-codegen (npm run codegen -w @sisa/e2e) dallo schema di gateway/supergraph.graphql: non modificare a mano.';

/**
 * The operations the consumer test sends (one `.graphql` file per domain) → their types (with
 * the inputs and enums they use), then the operations as TypedDocumentNodes, after the header.
 */
export const CONSUMER_CODEGEN: OperationsCodegen = {
  root: join(__dirname, '..', '..'),
  operationsDir: join(__dirname, 'operations'),
  generatedPath: join(__dirname, 'generated', 'graphql.ts'),
  plugins: [{ add: { content: GENERATED_HEADER } }, 'typescript-operations', 'typed-document-node'],
  config: {
    ...API_CODEGEN_CONFIG,
    // Apollo Client's cache adds __typename to every selection below the root: the types say so.
    nonOptionalTypename: true,
    skipTypeNameForRoot: true,
  },
};
