import { BadUserInputError } from '../errors';

/** Largest page the contract serves: a larger `perPage` is refused, never silently capped. */
export const MAX_PER_PAGE = 200;
export const DEFAULT_PER_PAGE = 25;

export interface PageArgs {
  page?: number | null;
  perPage?: number | null;
}

export interface SortInput {
  field: string;
  order?: 'ASC' | 'DESC' | null;
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
 * Translates a contract sort into an ORM order map. `fields` lists the sortable GraphQL fields
 * and the entity property each one sorts by; anything else is a field error, never SQL.
 */
export function toOrderBy(
  sort: SortInput | null | undefined,
  fields: Record<string, string>,
  fallback: Record<string, 'asc' | 'desc'>,
): Record<string, 'asc' | 'desc'> {
  if (!sort) return fallback;
  const property = fields[sort.field];
  if (!property) {
    throw BadUserInputError.field(
      'sort.field',
      `Ordinamento non disponibile su "${sort.field}": usare ${Object.keys(fields).join(', ')}`,
    );
  }
  const direction = sort.order === 'DESC' ? 'desc' : 'asc';
  return { [property]: direction, ...(property === 'id' ? {} : { id: direction }) };
}
