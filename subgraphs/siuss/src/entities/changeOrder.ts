import type { EntityManager } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';

/**
 * Which records may still need sending, without reading a tenant's whole history.
 *
 * Every insert or update of a record numbers it from one sequence (`social_benefit.change_seq`,
 * by default and trigger), after taking its tenant's transmission lock, shared, by trigger. A PS
 * transmission holds that lock exclusively from before it reads the sequence's last number (its
 * watermark, stored with it) until it commits, and sends every record to send it sees. So once it
 * has committed, a record still to send has changed since: its number is above the watermark. The
 * next transmission and the console's "to send" list read only those records (a range of the
 * index by tenant, status and number, the best match for the planner with or without statistics
 * of the newest rows), then apply the full predicate.
 * Records older than the migration carry 0, and the first watermark a tenant has is -1: all.
 */

/** SQL: the last PS watermark of the tenant given as a parameter placeholder, -1 before any. */
const lastWatermarkSql = (tenant: string) =>
  `select coalesce(max(t.watermark), -1)::text from siuss.transmission t where t.tenant_id = ${tenant} and t.flow = 'PS_PSA_SINA'`;

/** The watermark a transmission starting now records, and the tenant's last one (bigint as text). */
export async function readWatermarks(
  client: PoolClient,
  tenantId: string,
): Promise<{ current: string; previous: string }> {
  const { rows } = await client.query<{ current: string; previous: string }>(
    `select coalesce(pg_sequence_last_value('siuss.social_benefit_change_seq'), 0)::text as current,
            (${lastWatermarkSql('$1')}) as previous`,
    [tenantId],
  );
  return rows[0]!;
}

/** The tenant's last PS watermark: records numbered at or below it have nothing left to send. */
export async function lastWatermark(em: EntityManager, tenantId: string): Promise<string> {
  const [row] = await em.execute<{ watermark: string }[]>(
    `select (${lastWatermarkSql('?')}) as watermark`,
    [tenantId],
  );
  return row!.watermark;
}
