import { Kind, type DocumentNode } from 'graphql';
import { BadUserInputError } from '../errors';
import { sortFieldValue } from '@sisa/rules';

/** Largest page the contract serves: a larger `perPage` is refused, never silently capped. */
export const MAX_PER_PAGE = 200;
export const DEFAULT_PER_PAGE = 25;

export interface PageArgs {
  page?: number | null;
  perPage?: number | null;
}

/** A list's `sort` argument: `XxxSort { field: XxxSortField!, order: SortOrder = ASC }`. */
export interface ListSort {
  /** A value of the list's `XxxSortField` enum (UPPER_SNAKE, e.g. `LAST_NAME`). */
  field: string;
  order?: 'ASC' | 'DESC' | null;
}

/**
 * What a list sorts on: its `XxxSortField` enum and, per enum value, the entity property it sorts
 * by. Built with `sortTable`, handed to `toOrderBy`, and listed in `SubgraphModule.sorts` so the
 * subgraph refuses to start when the SDL's enum and the table disagree.
 */
export interface SortTable {
  enumName: string;
  /** Enum value (`LAST_NAME`) → entity property (`lastName`). */
  fields: Readonly<Record<string, string>>;
}

/** The enum value of a camelCase field name (`lastName` → `LAST_NAME`): the console's rule too. */
export { sortFieldValue };

/** A list's sort table from the properties it sorts on, each named by `sortFieldValue`. */
export function sortTable(enumName: string, properties: readonly string[]): SortTable {
  return {
    enumName,
    fields: Object.fromEntries(properties.map((p) => [sortFieldValue(p), p])),
  };
}

/**
 * What is wrong between the SDL's `XxxSortField` enums and the subgraph's sort tables: an enum
 * without a table, a table without its enum, a value on one side only. Empty when they agree.
 */
export function sortTableMismatches(
  typeDefs: DocumentNode,
  tables: readonly SortTable[],
): string[] {
  const enums = new Map<string, string[]>();
  for (const def of typeDefs.definitions) {
    if (def.kind === Kind.ENUM_TYPE_DEFINITION && def.name.value.endsWith('SortField'))
      enums.set(
        def.name.value,
        (def.values ?? []).map((v) => v.name.value),
      );
  }
  const problems: string[] = [];
  const byName = new Map(tables.map((t) => [t.enumName, t]));
  for (const name of enums.keys())
    if (!byName.has(name)) problems.push(`${name}: nessuna tabella di ordinamento`);
  for (const table of tables) {
    const values = enums.get(table.enumName);
    if (!values) {
      problems.push(`${table.enumName}: enum assente nello schema`);
      continue;
    }
    const keys = Object.keys(table.fields);
    for (const v of values.filter((x) => !keys.includes(x)))
      problems.push(`${table.enumName}.${v}: valore senza proprietà`);
    for (const k of keys.filter((x) => !values.includes(x)))
      problems.push(`${table.enumName}.${k}: valore assente nello schema`);
  }
  return problems;
}

/** Where a page sits in its list, as every `XxxPage.pageInfo` answers it. */
export interface PageInfo {
  page: number;
  perPage: number;
  hasNextPage: boolean;
}

/** A page of a list as the contract returns it: `{ items, total, pageInfo }`. */
export interface Page<T> {
  items: T[];
  total: number;
  pageInfo: PageInfo;
}

/** `page` and `perPage` with their defaults applied, checked: 1 ≤ page, 1 ≤ perPage ≤ 200. */
export function pageOfArgs(args: PageArgs): { page: number; perPage: number } {
  const page = args.page ?? 1;
  const perPage = args.perPage ?? DEFAULT_PER_PAGE;
  if (!Number.isInteger(page) || page < 1)
    throw BadUserInputError.field('page', 'La pagina deve essere 1 o più');
  if (!Number.isInteger(perPage) || perPage < 1 || perPage > MAX_PER_PAGE)
    throw BadUserInputError.field(
      'perPage',
      `Gli elementi per pagina devono essere da 1 a ${MAX_PER_PAGE}: per averne di più, chiedere la pagina successiva`,
    );
  return { page, perPage };
}

/** `page`/`perPage` (1-based) as SQL `limit`/`offset`; out-of-range values are field errors. */
export function toLimitOffset(args: PageArgs): { limit: number; offset: number } {
  const { page, perPage } = pageOfArgs(args);
  return { limit: perPage, offset: (page - 1) * perPage };
}

/** The page a list resolver returns: its items, the total and where the page sits. */
export function pageOf<T>(args: PageArgs, items: T[], total: number): Page<T> {
  const { page, perPage } = pageOfArgs(args);
  return { items, total, pageInfo: { page, perPage, hasNextPage: page * perPage < total } };
}

/**
 * Translates a list's sort into an ORM order map through its sort table (enum value → property).
 * GraphQL validation already refuses a value outside the enum; anything else reaching here is
 * still a field error, never SQL.
 */
export function toOrderBy(
  sort: ListSort | null | undefined,
  table: SortTable,
  fallback: Record<string, 'asc' | 'desc'>,
): Record<string, 'asc' | 'desc'> {
  if (!sort) return fallback;
  const property = Object.hasOwn(table.fields, sort.field) ? table.fields[sort.field] : undefined;
  if (!property) {
    throw BadUserInputError.field(
      'sort.field',
      `Ordinamento non disponibile su "${sort.field}": usare ${Object.keys(table.fields).join(', ')}`,
    );
  }
  const direction = sort.order === 'DESC' ? 'desc' : 'asc';
  return { [property]: direction, ...(property === 'id' ? {} : { id: direction }) };
}
