/**
 * `npm run compose`: writes `gateway/subgraphs.json` from the platform's manifests, then
 * `gateway/supergraph.graphql` from it.
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUBGRAPH_LIST_PATH, SUPERGRAPH_PATH } from '@sisa/gateway';
import { compositionList, subgraphListJson } from '../composition';
import { PLATFORM_SUBGRAPHS } from '../subgraphs';

writeFileSync(SUBGRAPH_LIST_PATH, subgraphListJson(PLATFORM_SUBGRAPHS));
writeFileSync(SUPERGRAPH_PATH, composeSupergraph(compositionList(PLATFORM_SUBGRAPHS)));
process.stdout.write(`Scritti ${SUBGRAPH_LIST_PATH} e ${SUPERGRAPH_PATH}\n`);
