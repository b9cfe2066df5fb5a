import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import {
  buildSchema,
  findBreakingChanges,
  lexicographicSortSchema,
  printSchema,
  type BreakingChange,
} from 'graphql';
import { GATEWAY_DIR } from './supergraph';

/** The committed public API schema clients were promised (`npm run api:baseline`). */
export const API_BASELINE_PATH = join(GATEWAY_DIR, 'api-baseline.graphql');
/** Breaking changes announced to integrators (see docs/API.md, "Modifiche incompatibili"). */
export const BREAKING_CHANGES_PATH = join(GATEWAY_DIR, 'breaking-changes.json');

/** One announced breaking change: graphql-js's description of it, and what clients must do. */
export interface AnnouncedChange {
  /** Exactly as `findBreakingChanges` words it, e.g. `Query.oldField was removed.` */
  change: string;
  /** For integrators: what changed, since when, what to use instead. */
  note: string;
}

/** The API schema clients see (the supergraph without federation's machinery), printed sorted. */
export function apiSchemaSdl(supergraphSdl: string): string {
  const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
  return `${printSchema(lexicographicSortSchema(api)).trimEnd()}\n`;
}

/** The breaking changes from `baselineSdl` to `currentSdl` that nobody announced. */
export function unannouncedBreakingChanges(
  baselineSdl: string,
  currentSdl: string,
  announced: readonly AnnouncedChange[],
): BreakingChange[] {
  const known = new Set(announced.map((a) => a.change));
  return findBreakingChanges(buildSchema(baselineSdl), buildSchema(currentSdl)).filter(
    (c) => !known.has(c.description),
  );
}

/** The announcements file, validated: a list of `{ change, note }` with both non-empty. */
export function readAnnouncedChanges(path = BREAKING_CHANGES_PATH): AnnouncedChange[] {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { changes?: unknown };
  const changes = parsed.changes;
  if (!Array.isArray(changes)) throw new Error(`${path}: "changes" deve essere una lista`);
  for (const c of changes as AnnouncedChange[]) {
    if (typeof c?.change !== 'string' || !c.change || typeof c.note !== 'string' || !c.note)
      throw new Error(`${path}: ogni modifica annunciata ha "change" e "note" non vuoti`);
  }
  return changes as AnnouncedChange[];
}
