import { apiSchemaSdl } from '@sisa/gateway/apiSchema';
import { readSupergraph } from '@sisa/gateway/supergraph';

/**
 * The public API schema a client sees, derived from the committed `gateway/supergraph.graphql`
 * (federation's `join__` machinery removed), printed sorted: what graphql-codegen reads.
 */
export function consumerSchemaSdl(): string {
  return apiSchemaSdl(readSupergraph());
}
