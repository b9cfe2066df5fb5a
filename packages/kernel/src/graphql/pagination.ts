import { BadUserInputError } from '../errors';

/** Largest page the contract serves (`perPage` is capped, not refused). */
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

/** `page`/`perPage` (1-based) as SQL `limit`/`offset`. */
export function toLimitOffset(args: PageArgs): { limit: number; offset: number } {
  const page = args.page ?? 1;
  const perPage = Math.min(args.perPage ?? DEFAULT_PER_PAGE, MAX_PER_PAGE);
  if (!Number.isInteger(page) || page < 1)
    throw BadUserInputError.field('page', 'La pagina deve essere 1 o più');
  if (!Number.isInteger(perPage) || perPage < 1)
    throw BadUserInputError.field('perPage', 'Gli elementi per pagina devono essere almeno 1');
  return { limit: perPage, offset: (page - 1) * perPage };
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
