import { sortFieldValue } from '@sisa/rules';
import type { SortPayload } from 'react-admin';

/**
 * What a paged list sorts on: its `XxxSort` input type and the record fields (camelCase, as
 * react-admin names them in `sort` and `<DataTable.Col source>`) its `XxxSortField` enum offers.
 */
export interface ListSortSpec {
  type: string;
  fields: readonly string[];
}

/** The contract's enum value of a react-admin sort field: `lastName` → `LAST_NAME` (the server's rule). */
export { sortFieldValue };

/**
 * The contract's `sort` for react-admin's: the enum value, never a field the list does not offer
 * (such a field, e.g. a preference stored before a column lost its sort, gives the server's own
 * order instead of an error).
 */
export function contractSort(
  spec: ListSortSpec | undefined,
  sort: Partial<SortPayload> | undefined,
): { field: string; order: 'ASC' | 'DESC' } | null {
  if (!spec || !sort?.field || !spec.fields.includes(sort.field)) return null;
  return { field: sortFieldValue(sort.field), order: sort.order === 'DESC' ? 'DESC' : 'ASC' };
}
