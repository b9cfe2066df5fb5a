const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Only well-formed UUIDs reach PostgreSQL: any other id (a typo, a federation key from elsewhere)
 * simply matches nothing, instead of failing the query with a type error.
 */
export function wellFormedIds(ids: readonly string[]): string[] {
  return ids.filter((id) => UUID_RE.test(id));
}

export const isUuid = (id: string) => UUID_RE.test(id);
