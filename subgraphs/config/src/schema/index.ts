import { join } from 'node:path';
import { KERNEL_SDL, subgraphSdlFiles, type SubgraphDescriptor } from '@sisa/kernel';

/** The config subgraph's own SDL files (absolute paths), before what the other subgraphs add. */
export const CONFIG_OWN_SDL_FILES: readonly string[] = subgraphSdlFiles(
  __dirname,
  KERNEL_SDL.indicators,
  'identity.graphql',
  'configuration.graphql',
  'assessmentForms.graphql',
);

/** Config's own scopes (`extend enum Scope`): its manifest's configSdl. */
export const CONFIG_SCOPES_SDL = join(__dirname, 'scopes.graphql');

/**
 * The config subgraph's SDL in a platform made of `platform`: its own files, then what each
 * subgraph adds to it (`configSdl`: its scopes, its measurement type), config's own scopes last
 * so the `Scope` enum keeps its order. Composition refuses a `@key(resolvable: false)` type
 * nobody resolves, so config declares `<Domain>Measurement` exactly for the subgraphs present:
 * the composition root composes this list, and config serves it from `SISA_SUBGRAPHS`.
 */
export function configSdlFiles(platform: readonly SubgraphDescriptor[]): string[] {
  const added = platform.filter((s) => s.configSdl && s.configSdl !== CONFIG_SCOPES_SDL);
  return [
    ...CONFIG_OWN_SDL_FILES,
    ...added.map((s) => s.configSdl!),
    ...(platform.some((s) => s.configSdl === CONFIG_SCOPES_SDL) ? [CONFIG_SCOPES_SDL] : []),
  ];
}
