import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Kind, parse, type DocumentNode } from 'graphql';
import { platformScopes, platformSubgraphs } from '@sisa/kernel';
import { configSdlFiles } from '../src/schema';
import { scopeEnumName } from '../src/domain/scopeNames';

const ROOT = resolve(__dirname, '../../..');
const listed = JSON.parse(readFileSync(join(ROOT, 'gateway/subgraphs.json'), 'utf8')) as {
  subgraphs: { name: string; sdl: string[] }[];
};
const parseFiles = (files: readonly string[]) =>
  parse(files.map((f) => readFileSync(f, 'utf8')).join('\n'));

/** The values of `enum Scope` and its extensions in a document, in order. */
function scopeValues(doc: DocumentNode): string[] {
  return doc.definitions.flatMap((d) =>
    (d.kind === Kind.ENUM_TYPE_DEFINITION || d.kind === Kind.ENUM_TYPE_EXTENSION) &&
    d.name.value === 'Scope'
      ? (d.values ?? []).map((v) => v.name.value)
      : [],
  );
}

const objectTypes = (doc: DocumentNode) =>
  doc.definitions.flatMap((d) => (d.kind === Kind.OBJECT_TYPE_DEFINITION ? [d.name.value] : []));

/**
 * What config serves and what the supergraph is composed from must be the same SDL, and both
 * follow the platform's subgraphs (`SISA_SUBGRAPHS`, from the composition root's manifests).
 */
describe('config SDL files', () => {
  const platform = platformSubgraphs();

  it('are the ones gateway/subgraphs.json lists for config', () => {
    const expected = configSdlFiles(platform).map((f) => relative(ROOT, f));
    expect(listed.subgraphs.find((s) => s.name === 'config')?.sdl).toEqual(expected);
  });

  it("declare one Scope pair per subgraph of the platform, in the platform's order, config's last", () => {
    const scopes = platformScopes();
    const configFirst = scopes.slice(0, 2);
    expect(configFirst).toEqual(['config:read', 'config:write']);
    expect(scopeValues(parseFiles(configSdlFiles(platform)))).toEqual(
      [...scopes.slice(2), ...configFirst].map(scopeEnumName),
    );
  });

  it.each(platform.filter((s) => s.measurement).map((s) => [s.measurement!.type, s.name]))(
    'declare %s, the measurements its subgraph (%s) resolves',
    (type, name) => {
      expect(objectTypes(parseFiles(configSdlFiles(platform)))).toContain(type);
      const owner = listed.subgraphs.find((s) => s.name === name)!;
      const ownerDoc = parseFiles(owner.sdl.map((f) => join(ROOT, f)));
      expect(objectTypes(ownerDoc)).toContain(type);
    },
  );

  it("leave out an absent subgraph's scopes and measurement type", () => {
    const withoutRei = platform.filter((s) => s.name !== 'rei');
    const doc = parseFiles(configSdlFiles(withoutRei));
    expect(objectTypes(doc)).not.toContain('ReiMeasurement');
    expect(objectTypes(doc)).toContain('RegistryMeasurement');
    expect(scopeValues(doc)).not.toContain('REI_READ');
    expect(scopeValues(doc)).toContain('CONFIG_WRITE');
  });
});
