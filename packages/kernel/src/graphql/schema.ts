import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  GraphQLScalarType,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLResolveInfo,
} from 'graphql';
import { scalarResolvers } from './scalars';

// The merged map graphql-js receives, where any parent and arguments go; each subgraph's own
// resolvers are typed by the Resolvers graphql-codegen generates from its SDL (ResolverModule).
export type FieldResolver<TContext> = (
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  parent: any,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  args: any,
  context: TContext,
  info: GraphQLResolveInfo,
) => unknown;

/** A resolver map as merged: type name → field resolvers (or a scalar). */
export type ResolverMap<TContext> = Record<
  string,
  Record<string, FieldResolver<TContext> | { resolve: FieldResolver<TContext> }> | GraphQLScalarType
>;

/**
 * A resolver module as a subgraph declares it, typed by graphql-codegen (its generated
 * `Resolvers`, from the SDL it serves): type name → its field resolvers, or a scalar.
 */
export type ResolverModule = { readonly [typeName: string]: object | undefined };

/** Reads and parses SDL files that sit beside the calling module (never the working directory). */
export function loadSdl(dirname: string, ...files: string[]): DocumentNode {
  return parse(files.map((f) => readFileSync(join(dirname, f), 'utf8')).join('\n'));
}

/**
 * A subgraph's SDL files as absolute paths, in order: the shared scalars and sorting types
 * (`KERNEL_SDL.common`), then its own (relative to `dirname`, or absolute). Its module parses
 * them (`parseSdlFiles`) and its manifest lists them, so what it serves is what is composed.
 */
export function subgraphSdlFiles(dirname: string, ...files: string[]): string[] {
  return [KERNEL_SDL.common, ...files.map((f) => resolve(dirname, f))];
}

/** Reads and parses SDL files (absolute paths) as one document. */
export function parseSdlFiles(files: readonly string[]): DocumentNode {
  return parse(files.map((f) => readFileSync(f, 'utf8')).join('\n'));
}

/** A subgraph's SDL: the shared scalars and sorting types, then the subgraph's own files. */
export function loadSubgraphSdl(dirname: string, ...files: string[]): DocumentNode {
  return parseSdlFiles(subgraphSdlFiles(dirname, ...files));
}

/** SDL files the kernel shares, to pass to `loadSubgraphSdl` (absolute paths). */
export const KERNEL_SDL = {
  /** The shared scalars and sorting types every subgraph starts with. */
  common: join(__dirname, 'common.graphql'),
  /** The `IndicatorMeasurement` interface and `IndicatorGroup`, for subgraphs that compute or list indicators. */
  indicators: join(__dirname, 'indicators.graphql'),
  /** `ReadAuditEntry`, `ReadAuditPage` and `ReadAuditFilter`, for subgraphs that audit reads. */
  readAudit: join(__dirname, 'readAudit.graphql'),
};

/**
 * Merges resolver modules (one per GraphQL type, or a few types each). A field defined twice is
 * an error: a second `Query.subject` must fail loudly, not silently overwrite the first.
 */
export function mergeResolvers<TContext>(
  modules: readonly ResolverModule[],
): ResolverMap<TContext> {
  const merged: ResolverMap<TContext> = {};
  for (const module of modules) {
    for (const [typeName, fields] of Object.entries(module)) {
      if (!fields) continue;
      const existing = merged[typeName];
      if (fields instanceof GraphQLScalarType || existing instanceof GraphQLScalarType) {
        if (existing) throw new Error(`Resolver duplicato: ${typeName}`);
        merged[typeName] = fields as GraphQLScalarType;
        continue;
      }
      const target = existing ?? {};
      for (const [field, resolver] of Object.entries(
        fields as Record<string, FieldResolver<TContext>>,
      )) {
        if (field in target) throw new Error(`Resolver duplicato: ${typeName}.${field}`);
        target[field] = resolver;
      }
      merged[typeName] = target;
    }
  }
  return merged;
}

/** The shared scalar resolvers that the given SDL declares. */
export function scalarsUsedBy<TContext>(typeDefs: DocumentNode): ResolverMap<TContext> {
  const declared = new Set<string>();
  for (const d of typeDefs.definitions) {
    if (d.kind === Kind.SCALAR_TYPE_DEFINITION) declared.add(d.name.value);
  }
  const used: ResolverMap<TContext> = {};
  for (const [name, scalar] of Object.entries(scalarResolvers)) {
    if (declared.has(name)) used[name] = scalar;
  }
  return used;
}
