import type { CodegenConfig } from '@graphql-codegen/cli';
import { consumerSchemaSdl } from './src/consumer/apiSchema';
import {
  CODEGEN_PLUGIN_CONFIG,
  CODEGEN_PLUGINS,
  GENERATED_PATH,
  OPERATIONS_DIR,
  fromE2e,
} from './src/consumer/codegenConfig';

/**
 * graphql-codegen for the consumer test (`npm run codegen -w @sisa/e2e`): types and
 * TypedDocumentNodes for the operations in src/consumer/operations, from the public API schema
 * of the committed supergraph. Nothing is fetched: the schema is read from the repository.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: consumerSchemaSdl(),
  documents: `${fromE2e(OPERATIONS_DIR)}/*.graphql`,
  generates: {
    [fromE2e(GENERATED_PATH)]: {
      plugins: [...CODEGEN_PLUGINS],
      config: CODEGEN_PLUGIN_CONFIG,
    },
  },
};

export default config;
