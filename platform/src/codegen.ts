import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * graphql-codegen for the subgraphs (`npm run codegen`, from the root `codegen.ts`): each
 * subgraph's resolver types from the SDL it serves, and the types of the operations it sends to
 * another subgraph from that subgraph's SDL. The SDL files are those `gateway/subgraphs.json`
 * lists (what is composed); what a subgraph adds is in its own `codegen.json`. Nothing is fetched.
 */

/** The repository root (the same from `platform/src` and `platform/dist`). */
export const REPO_ROOT = resolve(__dirname, '..', '..');

/**
 * A `codegen.json` (a subgraph's, or a shared package's that calls a subgraph): how its resolvers
 * are typed, which operations it sends.
 */
export interface SubgraphCodegen {
  /** The resolvers' context, as graphql-codegen reads it (`../context#RegistryContext`); a subgraph only. */
  contextType?: string;
  /** GraphQL object type → the TypeScript type its resolvers return (`../entities/subject.entity#Subject`). */
  mappers?: Record<string, string>;
  /** More options of typescript-resolvers for this subgraph (`enumValues`, say). */
  config?: Record<string, unknown>;
  /** Target subgraph → the `.graphql` files (from the subgraph's folder) of the operations sent to it. */
  operations?: Record<string, string[]>;
}

interface SubgraphEntry {
  name: string;
  sdl: string[];
}

const header = (source: string): string =>
  `// Generato da graphql-codegen (npm run codegen) ${source}: non modificare a mano.\n/* eslint-disable */`;

/** Our scalars as resolvers receive them (`parseValue`) and may return them (`serialize`). */
const RESOLVER_SCALARS = {
  Date: { input: 'string', output: 'string | Date' },
  DateTime: { input: 'Date', output: 'Date | string' },
  Decimal: { input: 'string', output: 'string' },
  JSON: 'unknown',
  _FieldSet: 'string',
};

/** The resolver types' options, the same for every subgraph. */
const RESOLVER_CONFIG = {
  federation: true,
  useTypeImports: true,
  enumsAsTypes: true,
  strictScalars: true,
  scalars: RESOLVER_SCALARS,
  // graphql-js answers null for undefined: a loader's miss may be returned as is.
  maybeValue: 'T | null | undefined',
  // graphql-js fills in an input field's default: a resolver always receives it.
  avoidOptionals: { defaultValue: true },
  mapperTypeSuffix: 'Model',
  noSchemaStitching: true,
  makeResolverTypeCallable: true,
};

/** The operations' options: our scalars as the strings they travel as, the text sent as is. */
const OPERATION_CONFIG = {
  useTypeImports: true,
  enumsAsTypes: true,
  strictScalars: true,
  scalars: { Date: 'string', DateTime: 'string', Decimal: 'string', JSON: 'unknown' },
  documentMode: 'string',
};

/** The subgraphs as `gateway/subgraphs.json` lists them, with their SDL file paths from the root. */
export function codegenSubgraphs(): SubgraphEntry[] {
  const list = JSON.parse(readFileSync(join(REPO_ROOT, 'gateway', 'subgraphs.json'), 'utf8')) as {
    subgraphs: SubgraphEntry[];
  };
  return list.subgraphs;
}

/** A subgraph's SDL as it serves it: its files joined, as `parseSdlFiles` reads them. */
function subgraphSdl(entry: SubgraphEntry): string {
  return entry.sdl.map((file) => readFileSync(join(REPO_ROOT, file), 'utf8')).join('\n');
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * The SDL typescript-resolvers reads: the subgraph's, plus a union of its object types (never
 * served). graphql-js asks `isTypeOf` of every object it returns, and the read audit answers it
 * (`auditedAs`), but the plugin types `__isTypeOf` only on the members of a union or interface.
 */
function resolverSdl(sdl: string): string {
  const names = [...sdl.matchAll(/^(?:extend\s+)?type\s+(\w+)/gm)].map((m) => m[1]!);
  const objects = [...new Set(names)].filter((name) => !ROOT_TYPES.has(name)).sort();
  return `${sdl}\n# Per graphql-codegen: i tipi a cui un resolver può rispondere __isTypeOf.\nunion _ObjectType = ${objects.join(' | ')}\n`;
}

/** Packages besides the subgraphs that call a subgraph (the kernel's ConfigClient calls config). */
const SHARED_CALLERS = ['packages/kernel'];

function readCodegen(dir: string): SubgraphCodegen | null {
  const path = join(dir, 'codegen.json');
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as SubgraphCodegen) : null;
}

/** One file graphql-codegen writes: where, from which SDL and operations, with which plugins. */
export interface CodegenOutput {
  /** Absolute path. */
  filename: string;
  /** The SDL it is generated from. */
  schema: string;
  /** The operations' `.graphql` files (absolute paths, sorted). */
  documents: string[];
  /** Plugin names in order, each with its own options (`add`'s header). */
  plugins: { [name: string]: Record<string, unknown> }[];
  /** The options every plugin gets. */
  config: Record<string, unknown>;
}

/** What `npm run codegen` writes for every subgraph that has a `codegen.json`. */
export function subgraphCodegenOutputs(): CodegenOutput[] {
  const subgraphs = codegenSubgraphs();
  const sdlOf = new Map(subgraphs.map((s) => [s.name, subgraphSdl(s)]));
  const outputs: CodegenOutput[] = [];
  const callers = [
    ...subgraphs.map((s) => ({ name: s.name, dir: join(REPO_ROOT, 'subgraphs', s.name) })),
    ...SHARED_CALLERS.map((path) => ({ name: path, dir: join(REPO_ROOT, path) })),
  ];
  for (const { name, dir } of callers) {
    const own = readCodegen(dir);
    if (!own) continue;
    if (own.contextType)
      outputs.push({
        filename: join(dir, 'src', 'generated', 'resolvers.ts'),
        schema: resolverSdl(sdlOf.get(name)!),
        documents: [],
        plugins: [
          { add: { content: header(`dallo schema del sottografo ${name}`) } },
          { typescript: {} },
          { 'typescript-resolvers': {} },
        ],
        config: {
          ...RESOLVER_CONFIG,
          ...own.config,
          contextType: own.contextType,
          mappers: own.mappers,
        },
      });
    for (const [target, files] of Object.entries(own.operations ?? {})) {
      const schema = sdlOf.get(target);
      if (!schema) throw new Error(`${name}/codegen.json: sottografo ${target} sconosciuto`);
      outputs.push({
        filename: join(dir, 'src', 'generated', `${target}.ts`),
        schema,
        documents: files.map((file) => join(dir, file)).sort(),
        plugins: [
          { add: { content: header(`dalle operazioni verso il sottografo ${target}`) } },
          { 'typescript-operations': {} },
          { 'typed-document-node': {} },
        ],
        config: OPERATION_CONFIG,
      });
    }
  }
  return outputs;
}

/** The same as graphql-codegen's CLI configuration (the root `codegen.ts`). */
export function subgraphCodegenConfig(): CodegenConfig {
  const generates: CodegenConfig['generates'] = {};
  for (const output of subgraphCodegenOutputs())
    generates[output.filename] = {
      schema: output.schema,
      ...(output.documents.length ? { documents: output.documents } : {}),
      plugins: output.plugins,
      config: output.config,
    };
  return { overwrite: true, silent: true, generates };
}
