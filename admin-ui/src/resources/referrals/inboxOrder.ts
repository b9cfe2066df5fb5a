import type { SortPayload } from 'react-admin';

/**
 * The inbox's sort: none, so the server answers in its own order (the most urgent first, then
 * the oldest). Without a `sort`, react-admin's lists would ask for `id`.
 */
export const INBOX_ORDER: SortPayload = { field: '', order: 'ASC' };
