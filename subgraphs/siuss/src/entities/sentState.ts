import type { EntityManager } from '@mikro-orm/postgresql';
import type { SocialBenefit } from './socialBenefit.entity';

/**
 * What INPS holds is recorded by the transmission items, not by rewriting the benefit rows: a PS
 * transmission inserts one narrow item per record (benefit id and version) and leaves the wide,
 * heavily indexed `social_benefit` row alone. A record whose current version is in a PS item is
 * sent: it reads as TRANSMITTED (when VALID) with no cancellation pending. The row's own
 * bookkeeping columns catch up (`foldSentState`) the next time the record is loaded.
 */

/** SQL: the record aliased `b` went to INPS at its current version (any PS operation). */
export const sentAtVersionSql = (b: string) =>
  `exists (select 1 from siuss.transmission_item si where si.tenant_id = ${b}.tenant_id and si.benefit_id = ${b}.id and si.benefit_version = ${b}.version and si.operation <> 'SINBA')`;

/** SQL: the status as people see it (a VALID record already sent is TRANSMITTED). */
export const statusSql = (b: string) =>
  `(case when ${b}.status = 'VALID' and ${sentAtVersionSql(b)} then 'TRANSMITTED' else ${b}.status end)`;

/**
 * SQL: records of the status as people see it. VALID ones (still to send) are looked for only
 * among the records changed since the tenant's last PS transmission, `watermark` (changeOrder.ts).
 */
export function statusFilterSql(b: string, status: string, watermark: string): string {
  if (status === 'VALID')
    return `(${b}.status = 'VALID' and ${b}.duplicate_of is null and ${b}.change_seq > ${BigInt(watermark)} and not ${sentAtVersionSql(b)})`;
  if (status === 'TRANSMITTED')
    return `(${b}.status = 'TRANSMITTED' or (${b}.status = 'VALID' and ${sentAtVersionSql(b)}))`;
  return `(${b}.status = '${status.replace(/[^A-Z_]/g, '')}')`;
}

interface LatestItem {
  benefit_id: string;
  transmission_id: string;
  benefit_version: number;
  outcome: string | null;
  outcome_reason: string | null;
  outcome_at: Date | null;
  created_at: Date;
}

/**
 * Brings loaded records up to date with their latest PS transmission: what the transmission
 * would once have written into each row (TRANSMITTED, no pending cancellation, which
 * transmission and when, its INPS outcome). One query for the whole list; a later flush of the
 * records stores it, without a new version.
 */
export async function foldSentState(
  em: EntityManager,
  benefits: readonly SocialBenefit[],
): Promise<void> {
  if (benefits.length === 0) return;
  const items = await em.execute<LatestItem[]>(
    `select distinct on (i.benefit_id) i.benefit_id, i.transmission_id, i.benefit_version, i.outcome, i.outcome_reason, i.outcome_at, t.created_at
     from siuss.transmission_item i join siuss.transmission t on t.id = i.transmission_id
     where i.benefit_id = any(?::uuid[]) and i.operation <> 'SINBA'
     order by i.benefit_id, t.created_at desc`,
    [`{${benefits.map((b) => b.id).join(',')}}`],
  );
  const latest = new Map(items.map((i) => [i.benefit_id, i]));
  for (const b of benefits) {
    const item = latest.get(b.id);
    if (!item || item.benefit_version !== b.version) continue;
    if (b.status === 'VALID') b.status = 'TRANSMITTED';
    b.pendingCancellation = null;
    b.transmissionId = item.transmission_id;
    b.transmittedAt = item.created_at;
    b.inpsOutcome = item.outcome;
    b.inpsOutcomeReason = item.outcome_reason;
    b.inpsOutcomeAt = item.outcome_at;
  }
}

/**
 * Waits while a transmission of the tenant runs (it holds this lock exclusively): a record
 * changed meanwhile would be sent as it was, without the cancellation its change needs.
 */
export async function waitForTransmission(em: EntityManager, tenantId: string): Promise<void> {
  await em.execute(`select pg_advisory_xact_lock_shared(hashtext(?))`, [
    transmissionLockKey(tenantId),
  ]);
}

export const transmissionLockKey = (tenantId: string) => `siuss-transmission:${tenantId}`;
