import type { Pool, PoolClient } from 'pg';

/** Rows written in one go from which the planner's statistics of the table are refreshed. */
export const BULK_ROWS = 10_000;

/**
 * Refreshes the planner's statistics of a table just written in bulk (a large import, a large
 * transmission's items), instead of waiting for autovacuum: until then the planner guesses, and
 * can read a million rows where an index would do (see the refresh-statistics migration).
 * Only statistics: should it fail, autovacuum refreshes them later.
 */
export async function refreshStatistics(
  db: Pool | PoolClient,
  table: 'social_benefit' | 'transmission_item',
): Promise<void> {
  await db.query('select siuss.refresh_statistics($1)', [table]).catch(() => undefined);
}
