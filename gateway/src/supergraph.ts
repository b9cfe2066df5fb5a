import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { Kind, parse, type EnumTypeDefinitionNode, type StringValueNode } from 'graphql';

/** One subgraph of the composition: its name, default URL and SDL files (from the repository root). */
export interface SubgraphEntry {
  name: string;
  sdl: string[];
  url: string;
}

/** The gateway package folder (works from `src/` under tests and from `dist/` when built). */
export const GATEWAY_DIR = resolve(__dirname, '..');
export const REPO_ROOT = resolve(GATEWAY_DIR, '..');
export const SUPERGRAPH_PATH = join(GATEWAY_DIR, 'supergraph.graphql');
/** What the supergraph is composed from: written by `npm run compose` from the platform's manifests. */
export const SUBGRAPH_LIST_PATH = join(GATEWAY_DIR, 'subgraphs.json');

/** The list of subgraphs in `gateway/subgraphs.json` (generated: see SUBGRAPH_LIST_PATH). */
export function subgraphList(): SubgraphEntry[] {
  const file = JSON.parse(readFileSync(SUBGRAPH_LIST_PATH, 'utf8')) as {
    subgraphs: SubgraphEntry[];
  };
  return file.subgraphs;
}

/** Composes the supergraph from the subgraphs' SDL files; throws with every composition error. */
export function composeSupergraph(list: readonly SubgraphEntry[] = subgraphList()): string {
  const services = list.map((s) => ({
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

/** The subgraphs a supergraph names (`join__Graph`), with their default URLs. */
export function supergraphSubgraphs(supergraphSdl: string): { name: string; url: string }[] {
  const graphs = parse(supergraphSdl).definitions.find(
    (d): d is EnumTypeDefinitionNode =>
      d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph',
  );
  return (graphs?.values ?? []).map((value) => {
    const graph = value.directives?.find((d) => d.name.value === 'join__graph');
    const arg = (name: string) =>
      (graph?.arguments?.find((a) => a.name.value === name)?.value as StringValueNode | undefined)
        ?.value ?? '';
    return { name: arg('name'), url: arg('url') };
  });
}

/** The committed supergraph the gateway serves. */
export function readSupergraph(): string {
  return readFileSync(SUPERGRAPH_PATH, 'utf8');
}
