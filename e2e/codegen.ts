import { codegenCliConfig } from '@sisa/testing/codegen';
import { CONSUMER_CODEGEN } from './src/consumer/codegenConfig';

/**
 * graphql-codegen for the consumer test (`npm run codegen -w @sisa/e2e`): types and
 * TypedDocumentNodes for the operations in src/consumer/operations, from the public API schema
 * of the committed supergraph. Nothing is fetched: the schema is read from the repository.
 */
export default codegenCliConfig(CONSUMER_CODEGEN);
