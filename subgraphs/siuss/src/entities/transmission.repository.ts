import { randomBytes } from 'node:crypto';
import type { PoolClient } from 'pg';
import type { Flow } from '../domain/codes';
import { transmissionLockKey } from './sentState';

// A transmission's rows, on the raw connection of its generation (`withTenant`, REPEATABLE READ):
// what it sent, its files and the numbering of their names.

/** A file of a transmission, as generated. */
export interface GeneratedFile {
  name: string;
  records: number;
  sizeBytes: number;
  sha256: string;
}

/** What one record sent: I (insert), C (cancellation of what INPS has), CI (both), SINBA. */
export interface SentItem {
  benefitId: string;
  version: number;
  operation: string;
}

export const transmissionRepository = {
  /**
   * Takes the tenant's transmission lock, exclusive, for the session (record changes take it
   * shared, sentState.ts): the caller holds it across the transaction and lets it go after.
   */
  async lockTenant(client: PoolClient, tenantId: string): Promise<void> {
    await client.query('select pg_advisory_lock(hashtext($1))', [transmissionLockKey(tenantId)]);
  },

  async unlockTenant(client: PoolClient, tenantId: string): Promise<void> {
    await client.query('select pg_advisory_unlock(hashtext($1))', [transmissionLockKey(tenantId)]);
  },

  /** Whether the tenant's transmission `transmissionId` has a file named `name` (no `.xml`). */
  async hasFile(client: PoolClient, transmissionId: string, name: string): Promise<boolean> {
    const { rowCount } = await client.query(
      'select 1 from siuss.transmission_file where transmission_id = $1 and name = $2',
      [transmissionId, name],
    );
    return (rowCount ?? 0) > 0;
  },

  /** The next number of the tenant's files of `flow` on `day` (1 for the first of the day). */
  async nextFileNumber(
    client: PoolClient,
    tenantId: string,
    flow: Flow,
    day: string,
  ): Promise<number> {
    const { rows } = await client.query<{ last: number }>(
      `insert into siuss.file_counter (tenant_id, flow, day, last) values ($1, $2, $3, 1)
       on conflict (tenant_id, flow, day) do update set last = siuss.file_counter.last + 1 returning last`,
      [tenantId, flow, day],
    );
    return rows[0]!.last;
  },

  /** Records what a batch of records sent (PS: that is what marks each one sent, sentState.ts). */
  async addItems(
    client: PoolClient,
    transmissionId: string,
    tenantId: string,
    items: readonly SentItem[],
  ): Promise<void> {
    await client.query(
      `insert into siuss.transmission_item (transmission_id, benefit_id, tenant_id, benefit_version, operation)
       select $1, x.b, $2, x.v, x.o from unnest($3::uuid[], $4::int[], $5::text[]) as x(b, v, o)`,
      [
        transmissionId,
        tenantId,
        items.map((i) => i.benefitId),
        items.map((i) => i.version),
        items.map((i) => i.operation),
      ],
    );
  },

  /** Records the transmission (READY) and its files, in order. */
  async record(
    client: PoolClient,
    transmission: {
      id: string;
      tenantId: string;
      flow: Flow;
      benefitCount: number;
      recordCount: number;
      recordsPerFile: number;
      actor: string;
      watermark: string | null;
    },
    files: readonly GeneratedFile[],
  ): Promise<void> {
    const t = transmission;
    await client.query(
      `insert into siuss.transmission (id, tenant_id, flow, status, benefit_count, record_count, records_per_file, created_at, created_by, watermark)
       values ($1, $2, $3, 'READY', $4, $5, $6, now(), $7, $8)`,
      [
        t.id,
        t.tenantId,
        t.flow,
        t.benefitCount,
        t.recordCount,
        t.recordsPerFile,
        t.actor,
        t.watermark,
      ],
    );
    await client.query(
      `insert into siuss.transmission_file (id, tenant_id, transmission_id, position, name, records, size_bytes, sha256)
       select gen_random_uuid(), $1, $2, p, n, r, s, h from unnest($3::int[], $4::text[], $5::int[], $6::bigint[], $7::text[]) as t(p, n, r, s, h)`,
      [
        t.tenantId,
        t.id,
        files.map((_, i) => i + 1),
        files.map((x) => x.name),
        files.map((x) => x.records),
        files.map((x) => x.sizeBytes),
        files.map((x) => x.sha256),
      ],
    );
  },

  /**
   * Records every record `selection` (a predicate on `b`, `$1` the tenant) picks as sent in the
   * SINBA transmission `transmissionId`, at its current version.
   */
  async recordSinbaSent(
    client: PoolClient,
    transmissionId: string,
    tenantId: string,
    selection: string,
  ): Promise<void> {
    await client.query(
      `insert into siuss.transmission_item (transmission_id, benefit_id, tenant_id, benefit_version, operation)
       select $2, b.id, b.tenant_id, b.version, 'SINBA' from siuss.social_benefit b where ${selection}`,
      [tenantId, transmissionId],
    );
    await client.query(
      `update siuss.social_benefit b set sinba_transmitted_version = b.version where ${selection}`,
      [tenantId],
    );
  },
};

export const tenantSecretRepository = {
  /** The tenant's key for SINBA pseudonyms, made on first use. */
  async sinbaKey(client: PoolClient, tenantId: string): Promise<Buffer> {
    await client.query(
      'insert into siuss.tenant_secret (tenant_id, sinba_key) values ($1, $2) on conflict (tenant_id) do nothing',
      [tenantId, randomBytes(32)],
    );
    const { rows } = await client.query<{ sinba_key: Buffer }>(
      'select sinba_key from siuss.tenant_secret where tenant_id = $1',
      [tenantId],
    );
    return rows[0]!.sinba_key;
  },
};
