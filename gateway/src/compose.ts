/** Writes gateway/supergraph.graphql from the subgraphs' SDL (`npm run compose`). */
import './telemetryOff';
import { writeFileSync } from 'node:fs';
import { composeSupergraph, SUPERGRAPH_PATH } from './supergraph';

writeFileSync(SUPERGRAPH_PATH, composeSupergraph());
process.stdout.write(`Supergrafo scritto in ${SUPERGRAPH_PATH}\n`);
