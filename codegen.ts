import { subgraphCodegenConfig } from './platform/src/codegen';

/**
 * graphql-codegen for the subgraphs (`npm run codegen`, which also runs the e2e workspace's):
 * resolver types and typed operations between subgraphs, from the SDL in the repository.
 */
export default subgraphCodegenConfig();
