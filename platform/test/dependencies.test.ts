import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The composition root is the one package that puts the subgraphs together: no other package
 * depends on a subgraph or imports one, so a subgraph added or removed touches only its folder
 * and the root's list. Test helpers (`@sisa/testing`) start the platform and may reach it.
 */
const ROOT = resolve(__dirname, '../..');
const ROOT_PACKAGES = new Set(['@sisa/platform', '@sisa/testing']);

/**
 * Test-only dependencies on another subgraph, each with its reason: its tests (never its
 * sources) may import that subgraph.
 */
const TEST_DEPENDENCIES: Record<string, Record<string, string>> = {
  '@sisa/rei': {
    '@sisa/registry':
      "demoSeed.test.ts seeds the registry's demo subjects first: REI's demo applications are theirs",
  },
};

interface Workspace {
  dir: string;
  name: string;
  manifest: Record<string, Record<string, string> | undefined>;
}

function workspaces(): Workspace[] {
  const { workspaces: globs } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    workspaces: string[];
  };
  const dirs = globs.flatMap((glob) =>
    glob.endsWith('/*')
      ? readdirSync(join(ROOT, glob.slice(0, -2))).map((d) => join(ROOT, glob.slice(0, -2), d))
      : [join(ROOT, glob)],
  );
  return dirs
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      return { dir, name: manifest.name as string, manifest };
    });
}

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (entry === 'node_modules' || entry === 'dist') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry) ? [path] : [];
  });
}

/** The workspace packages a text imports (`from '@sisa/x'`, `require.resolve('@sisa/x/main')`…). */
function importsIn(text: string): string[] {
  return [
    ...text.matchAll(/(?:from\s+|require(?:\.resolve)?\(\s*|import\(\s*)'(@sisa\/[^/']+)/g),
  ].map((m) => m[1]!);
}

const imported = (file: string) => importsIn(readFileSync(file, 'utf8'));

const all = workspaces();
const subgraphs = new Set(
  all.filter((w) => relative(ROOT, w.dir).startsWith('subgraphs/')).map((w) => w.name),
);

describe('no package but the composition root reaches a subgraph', () => {
  it('finds the workspaces and the subgraphs', () => {
    expect([...subgraphs]).toEqual(
      expect.arrayContaining(['@sisa/config', '@sisa/registry', '@sisa/rei', '@sisa/siuss']),
    );
    expect(all.map((w) => w.name)).toEqual(
      expect.arrayContaining(['@sisa/kernel', '@sisa/gateway', '@sisa/platform', '@sisa/testing']),
    );
  });

  it.each(all.filter((w) => !ROOT_PACKAGES.has(w.name)).map((w) => [w.name, w] as const))(
    '%s depends on no subgraph (test-only dependencies listed with their reason)',
    (name, w) => {
      const runtime = ['dependencies', 'peerDependencies', 'optionalDependencies'].flatMap((k) =>
        Object.keys(w.manifest[k] ?? {}),
      );
      expect(runtime.filter((d) => subgraphs.has(d) && d !== name)).toEqual([]);
      const dev = Object.keys(w.manifest.devDependencies ?? {});
      const allowed = TEST_DEPENDENCIES[name] ?? {};
      expect(dev.filter((d) => subgraphs.has(d) && d !== name && !allowed[d])).toEqual([]);
    },
  );

  it.each(all.filter((w) => !ROOT_PACKAGES.has(w.name)).map((w) => [w.name, w] as const))(
    '%s imports no subgraph (its tests only what it lists), and no source of it the platform',
    (name, w) => {
      const allowed = TEST_DEPENDENCIES[name] ?? {};
      const offending: string[] = [];
      for (const file of sourceFiles(join(w.dir, 'src'))) {
        for (const dep of imported(file)) {
          const reachesSubgraph = subgraphs.has(dep) && dep !== name;
          // bench is a harness like the tests: it runs the platform's migrations and seeds.
          const reachesRoot = dep === '@sisa/platform' && name !== '@sisa/bench';
          if (reachesSubgraph || reachesRoot) offending.push(`${relative(ROOT, file)} → ${dep}`);
        }
      }
      for (const file of sourceFiles(join(w.dir, 'test'))) {
        for (const dep of imported(file))
          if (subgraphs.has(dep) && dep !== name && !allowed[dep])
            offending.push(`${relative(ROOT, file)} → ${dep}`);
      }
      expect(offending).toEqual([]);
    },
  );

  it('recognises every way of importing a package', () => {
    const sample = [
      "import { reiModule } from '@sisa/rei';",
      "export * from '@sisa/registry';",
      "const main = require.resolve('@sisa/siuss/main');",
      "const config = await import('@sisa/config');",
      "import type { Orm } from '@sisa/kernel';",
    ].join('\n');
    expect(importsIn(sample)).toEqual([
      '@sisa/rei',
      '@sisa/registry',
      '@sisa/siuss',
      '@sisa/config',
      '@sisa/kernel',
    ]);
  });
});
