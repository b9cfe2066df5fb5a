/**
 * Writes gateway/api-baseline.graphql from the committed supergraph (`npm run api:baseline`),
 * after a release has announced its breaking changes; then empty gateway/breaking-changes.json.
 */
import './telemetryOff';
import { writeFileSync } from 'node:fs';
import { API_BASELINE_PATH, apiSchemaSdl } from './apiSchema';
import { readSupergraph } from './supergraph';

writeFileSync(API_BASELINE_PATH, apiSchemaSdl(readSupergraph()));
process.stdout.write(`Schema API di riferimento scritto in ${API_BASELINE_PATH}\n`);
