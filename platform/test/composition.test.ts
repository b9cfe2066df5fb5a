import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { subgraphSdlFiles, type SubgraphManifest } from '@sisa/kernel';
import { composeSupergraph, readSupergraph, REPO_ROOT } from '@sisa/gateway';
import { compositionList, readSubgraphListJson, subgraphListJson } from '../src/composition';
import { PLATFORM_SUBGRAPHS } from '../src/subgraphs';

/** The manifests are the one list: what is composed, started, migrated follows from them. */
describe('the platform composed from its manifests', () => {
  it('writes gateway/subgraphs.json from them (run `npm run build && npm run compose` when this fails)', () => {
    expect(readSubgraphListJson()).toBe(subgraphListJson(PLATFORM_SUBGRAPHS));
  });

  it('composes from them the supergraph the gateway serves', () => {
    expect(composeSupergraph(compositionList(PLATFORM_SUBGRAPHS))).toBe(readSupergraph());
  });

  it('gives every subgraph its own name, port and scope domain', () => {
    for (const key of ['name', 'port', 'scopeDomain'] as const) {
      const values = PLATFORM_SUBGRAPHS.map((m) => m[key]);
      expect({ key, values: [...new Set(values)] }).toEqual({ key, values });
    }
    expect(PLATFORM_SUBGRAPHS.map((m) => m.port)).not.toContain(4000); // the gateway's
    expect(PLATFORM_SUBGRAPHS.map((m) => m.module.name)).toEqual(
      PLATFORM_SUBGRAPHS.map((m) => m.name),
    );
    expect(PLATFORM_SUBGRAPHS[0]!.name).toBe('config'); // migrated first: the others need auth.*
  });

  it('points at files that exist: entry points, SDL, what each adds to config', () => {
    for (const m of PLATFORM_SUBGRAPHS) {
      const files = [m.main, ...(m.configSdl ? [m.configSdl] : [])];
      for (const file of files)
        expect({ file, exists: existsSync(file) }).toEqual({ file, exists: true });
    }
    for (const entry of compositionList(PLATFORM_SUBGRAPHS))
      for (const file of entry.sdl)
        expect({ file, exists: existsSync(join(REPO_ROOT, file)) }).toEqual({ file, exists: true });
  });

  it('depends on every subgraph package it lists, so the build runs them first', () => {
    const dependencies = Object.keys(
      (
        JSON.parse(readFileSync(resolve(__dirname, '../package.json'), 'utf8')) as {
          dependencies: Record<string, string>;
        }
      ).dependencies,
    );
    for (const m of PLATFORM_SUBGRAPHS) expect(dependencies).toContain(`@sisa/${m.name}`);
  });

  it('takes one more subgraph from one more manifest: its schema, its URL, its scopes', () => {
    // What the next subgraph brings in its folder (here a fixture), listed after the others.
    const dir = resolve(__dirname, 'fixtures/probe');
    const probe: SubgraphManifest = {
      name: 'probe',
      port: 4099,
      label: 'prova',
      scopeDomain: 'probe',
      personalData: true,
      configSdl: join(dir, 'configSchema.graphql'),
      sdl: subgraphSdlFiles(dir, 'schema.graphql'),
      module: PLATFORM_SUBGRAPHS[1]!.module,
      seedDemo: async () => undefined,
      main: join(dir, 'main.js'),
    };
    const supergraph = parse(composeSupergraph(compositionList([...PLATFORM_SUBGRAPHS, probe])));
    const enumValues = (name: string) =>
      supergraph.definitions
        .filter((d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION)
        .find((d) => d.name.value === name)
        ?.values?.map((v) => v.name.value);
    expect(enumValues('join__Graph')).toContain('PROBE');
    expect(enumValues('Scope')).toEqual([
      'REGISTRY_READ',
      'REGISTRY_WRITE',
      'REI_READ',
      'REI_WRITE',
      'SIUSS_READ',
      'SIUSS_WRITE',
      'CASEWORK_READ',
      'CASEWORK_WRITE',
      'CASEWORK_REFERRALS',
      'PROBE_READ',
      'PROBE_WRITE',
      'CONFIG_READ',
      'CONFIG_WRITE',
    ]);
  });
});
