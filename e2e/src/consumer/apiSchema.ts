import { apiSchemaSdl, readSupergraph } from '@sisa/gateway';

/**
 * The public API schema a client sees, derived from the committed `gateway/supergraph.graphql`
 * (federation's `join__` machinery removed), printed sorted: what graphql-codegen reads.
 */
export function consumerSchemaSdl(): string {
  return apiSchemaSdl(readSupergraph());
}
