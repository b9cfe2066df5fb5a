import { join } from 'node:path';
import {
  API_CODEGEN_CONFIG,
  codegenCliConfig,
  type OperationsCodegen,
} from '@sisa/testing/codegen';

/** The first line of the generated file. */
export const GENERATED_HEADER =
  '// Generato da graphql-codegen (npm run codegen -w @sisa/admin-ui) dallo schema di gateway/supergraph.graphql: non modificare a mano.';

/**
 * The console's operations (src/operations, one `.graphql` file per domain) → their types and
 * TypedDocumentStrings (src/generated/graphql.ts, committed), from the public API schema of the
 * committed supergraph; test/codegen.test.ts fails when the file is stale.
 */
export const CONSOLE_CODEGEN: OperationsCodegen = {
  root: __dirname,
  operationsDir: join(__dirname, 'src', 'operations'),
  generatedPath: join(__dirname, 'src', 'generated', 'graphql.ts'),
  plugins: [{ add: { content: GENERATED_HEADER } }, 'typescript-operations', 'typed-document-node'],
  config: {
    ...API_CODEGEN_CONFIG,
    // Documents stay strings, sent as written: no syntax trees in the bundle, no parsing of ours.
    documentMode: 'string',
    // The console's Apollo adds no __typename (dataProvider/graphqlDataProvider.ts): nor do types.
    skipTypename: true,
    // Enums as constants too: the console offers the API's own values (its Scope list).
    enumType: 'const',
    namingConvention: { enumValues: 'keep' },
  },
};

/** `npm run codegen -w @sisa/admin-ui`: nothing is fetched, the schema is read from the repository. */
export default codegenCliConfig(CONSOLE_CODEGEN);
