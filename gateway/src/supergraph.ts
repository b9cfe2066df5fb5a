import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';

interface SubgraphEntry {
  name: string;
  sdl: string[];
  url: string;
}

/** The gateway package folder (works from `src/` under tests and from `dist/` when built). */
export const GATEWAY_DIR = resolve(__dirname, '..');
const REPO_ROOT = resolve(GATEWAY_DIR, '..');
export const SUPERGRAPH_PATH = join(GATEWAY_DIR, 'supergraph.graphql');

/** The list of subgraphs in `gateway/subgraphs.json`. */
export function subgraphList(): SubgraphEntry[] {
  const file = JSON.parse(readFileSync(join(GATEWAY_DIR, 'subgraphs.json'), 'utf8')) as {
    subgraphs: SubgraphEntry[];
  };
  return file.subgraphs;
}

/** Composes the supergraph from the subgraphs' SDL files; throws with every composition error. */
export function composeSupergraph(): string {
  const services = subgraphList().map((s) => ({
    name: s.name,
    url: s.url,
    typeDefs: parse(s.sdl.map((file) => readFileSync(join(REPO_ROOT, file), 'utf8')).join('\n')),
  }));
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(
      `Composizione del supergrafo fallita:\n${result.errors.map((e) => `- ${e.message}`).join('\n')}`,
    );
  }
  return `${result.supergraphSdl.trimEnd()}\n`;
}

/** The committed supergraph the gateway serves. */
export function readSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, 'utf8');
}
