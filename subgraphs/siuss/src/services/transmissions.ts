import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Pool, PoolClient } from 'pg';
import type { Flow } from '../domain/codes';
import { flowFileName } from '../domain/fileNaming';
import {
  BENEFICIARY_CLOSE,
  beneficiaryOpen,
  benefitElements,
  FLOW_FOOTER,
  flowHeader,
  type Ente,
} from '../domain/flowXml';
import { sinbaPseudonym } from '../domain/pseudonym';
import { SelectionFingerprint } from '../domain/selectionFingerprint';
import { sinbaElement } from '../domain/sinbaXml';
import { readWatermarks } from '../entities/changeOrder';
import { sentAtVersionSql, transmissionLockKey } from '../entities/sentState';
import type { BenefitData } from '../domain/benefit';
import { BENEFIT_COLUMNS, type BenefitRow } from './benefitRows';
import { FlowFileSet } from './flowFiles';
import { BULK_ROWS, refreshStatistics } from './statistics';

export interface TransmissionRequest {
  tenantId: string;
  flow: Flow;
  recordsPerFile: number;
  ente: Ente;
  actor: string;
  /** The day of the file names (YYYY-MM-DD, Italy). */
  day: string;
  dataDir: string;
  /**
   * The fingerprint of the preview the operator confirmed: when the records selected now differ,
   * nothing is generated (PreviewMismatchError). Absent: no check (API clients without preview).
   */
  confirm?: string | null;
}

export interface TransmissionHooks {
  /** Called after each batch of rows read (tests use it to simulate a crash half-way). */
  afterBatch?(rowsSoFar: number): void | Promise<void>;
}

/** Raised when there is nothing to send. */
export class NothingToSendError extends Error {}

/** Raised when the records to send are no longer those of the confirmed preview. */
export class PreviewMismatchError extends Error {}

const BATCH = 1000;

/**
 * What each flow sends, as one predicate on `b`: PS sends VALID records and cancellations due,
 * each unless its current version already went out (transmission items are what INPS holds).
 */
export const SELECTION: Record<Flow, string> = {
  // $2: the watermark of the tenant's last PS transmission (see changeOrder.ts).
  // A record set aside as a duplicate (duplicate_of) never goes, except the cancellation of what
  // INPS already has of it.
  PS_PSA_SINA: `b.tenant_id = $1 and b.change_seq > $2 and ((b.status = 'VALID' and b.duplicate_of is null) or (b.status = 'CANCELLED' and b.pending_cancellation is not null)) and not ${sentAtVersionSql('b')}`,
  SINBA: `b.tenant_id = $1 and b.sinba is not null and b.status in ('VALID', 'TRANSMITTED') and b.duplicate_of is null and b.sinba_transmitted_version is distinct from b.version`,
};

/**
 * Generates a transmission in one REPEATABLE READ transaction: reads the records to send with a
 * cursor (a few thousand at a time), streams them into files under temporary names and, batch by
 * batch, records a transmission item for each record written (PS: that is what marks it sent,
 * see entities/sentState.ts); then records the transmission and its files, renames the files and
 * commits. A failure anywhere rolls everything back and deletes the files: nothing is marked as
 * sent. A tenant's transmissions run one at a time, and record changes wait for them (advisory
 * lock, exclusive here, shared in the writes).
 */
export async function generateTransmission(
  pool: Pool,
  request: TransmissionRequest,
  hooks: TransmissionHooks = {},
): Promise<string> {
  const id = randomUUID();
  const files = new FlowFileSet(join(request.dataDir, 'siuss', request.tenantId, id));
  const client = await pool.connect();
  const lockKey = transmissionLockKey(request.tenantId);
  let released = false;
  try {
    await client.query('select pg_advisory_lock(hashtext($1))', [lockKey]);
    await client.query('begin isolation level repeatable read');
    await client.query(
      `select set_config('app.tenant_id', $1, true), set_config('statement_timeout', '0', true)`,
      [request.tenantId],
    );
    const watermark =
      request.flow === 'SINBA' ? null : await readWatermarks(client, request.tenantId);
    const counts =
      request.flow === 'SINBA'
        ? await writeSinba(client, request, files, hooks)
        : await writePs(client, id, request, watermark!.previous, files, hooks);
    if (counts.benefits === 0) throw new NothingToSendError('Nessuna prestazione da inviare');
    if (request.confirm && request.confirm !== counts.fingerprint.value(request.flow))
      throw new PreviewMismatchError(
        'Le prestazioni da inviare sono cambiate dopo l\u2019anteprima',
      );
    await recordTransmission(client, id, request, files, counts, watermark?.current ?? null);
    await files.publish();
    await client.query('commit');
    if (counts.benefits >= BULK_ROWS) await refreshStatistics(client, 'transmission_item');
    return id;
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    await files.discard().catch(() => undefined);
    throw error;
  } finally {
    await client.query('select pg_advisory_unlock(hashtext($1))', [lockKey]).catch(() => {
      released = true;
    });
    client.release(released);
  }
}

interface Counts {
  benefits: number;
  records: number;
  /** Of the records selected, to compare with a confirmed preview. */
  fingerprint: SelectionFingerprint;
}

async function nextFileName(client: PoolClient, request: TransmissionRequest): Promise<string> {
  const { rows } = await client.query<{ last: number }>(
    `insert into siuss.file_counter (tenant_id, flow, day, last) values ($1, $2, $3, 1)
     on conflict (tenant_id, flow, day) do update set last = siuss.file_counter.last + 1 returning last`,
    [request.tenantId, request.flow, request.day],
  );
  return flowFileName(request.ente.code, request.flow, request.day, rows[0]!.last);
}

async function* batches<T>(
  client: PoolClient,
  sql: string,
  params: unknown[],
  hooks: TransmissionHooks,
): AsyncGenerator<T[]> {
  await client.query(`declare to_send no scroll cursor for ${sql}`, params);
  let total = 0;
  for (;;) {
    const { rows } = await client.query(`fetch ${BATCH} from to_send`);
    if (rows.length === 0) break;
    total += rows.length;
    yield rows as T[];
    await hooks.afterBatch?.(total);
  }
  await client.query('close to_send');
}

type PsRow = BenefitRow & {
  id: string;
  version: number;
  status: string;
  change_seq: string;
  /** What INPS holds, stored as BenefitData. */
  pending_cancellation: BenefitData | null;
};

const INSERT_ITEMS = `insert into siuss.transmission_item (transmission_id, benefit_id, tenant_id, benefit_version, operation)
  select $1, x.b, $2, x.v, x.o from unnest($3::uuid[], $4::int[], $5::text[]) as x(b, v, o)`;

/** I (insert), C (cancellation of what INPS has) or CI (both: a changed record). */
const operationOf = (row: PsRow) =>
  row.status === 'CANCELLED' ? 'C' : row.pending_cancellation ? 'CI' : 'I';

async function writePs(
  client: PoolClient,
  id: string,
  request: TransmissionRequest,
  previousWatermark: string,
  files: FlowFileSet,
  hooks: TransmissionHooks,
): Promise<Counts> {
  const sql = `select b.id, b.version, b.status, b.change_seq, b.pending_cancellation, ${BENEFIT_COLUMNS} from siuss.social_benefit b where ${SELECTION.PS_PSA_SINA} order by b.fiscal_code, b.id`;
  const counts: Counts = { benefits: 0, records: 0, fingerprint: new SelectionFingerprint() };
  let openCode: string | null = null;
  const closeFile = async () => {
    if (openCode !== null) await files.write(BENEFICIARY_CLOSE);
    openCode = null;
    await files.finish(FLOW_FOOTER);
  };
  // PostgreSQL reads the next batch and stores this batch's items while this process writes this
  // batch's XML (the process is the slower of the two): two batches of rows are alive at a time.
  // Statements are chained, one at a time on the connection, and awaited when their result is due.
  let pending: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(query: () => Promise<T>): (() => Promise<T>) => {
    const result = pending.then(query);
    pending = result.catch(() => undefined);
    return () => result;
  };
  const emit = async (data: BenefitData, elements: string[]) => {
    for (const element of elements) {
      if (files.open && files.records >= request.recordsPerFile) await closeFile();
      if (!files.open) {
        const name = await inTurn(() => nextFileName(client, request))();
        await files.start(name, flowHeader(name, request.ente));
      }
      if (openCode !== data.fiscalCode) {
        if (openCode !== null) await files.write(BENEFICIARY_CLOSE);
        await files.write(beneficiaryOpen(data));
        openCode = data.fiscalCode;
      }
      await files.write(element, 1);
      counts.records++;
    }
  };
  await client.query(`declare to_send no scroll cursor for ${sql}`, [
    request.tenantId,
    previousWatermark,
  ]);
  const fetch = () => client.query<PsRow>(`fetch ${BATCH} from to_send`);
  let next = inTurn(fetch);
  try {
    for (;;) {
      const rows = (await next()).rows;
      if (rows.length === 0) break;
      next = inTurn(fetch);
      // In id order: the items' primary key (by benefit id) is then written page after page.
      const byId = rows.slice().sort((a, b) => (a.id < b.id ? -1 : 1));
      const items = inTurn(() =>
        client.query(INSERT_ITEMS, [
          id,
          request.tenantId,
          byId.map((r) => r.id),
          byId.map((r) => r.version),
          byId.map(operationOf),
        ]),
      );
      for (const row of rows) {
        counts.benefits++;
        counts.fingerprint.add(row.change_seq);
        const previous = row.pending_cancellation;
        if (previous) await emit(previous, benefitElements(previous, 'C'));
        if (row.status === 'VALID') {
          await emit(row, benefitElements(row, 'I'));
        }
      }
      await items();
      await hooks.afterBatch?.(counts.benefits);
    }
  } finally {
    await pending; // nothing left running on the connection, whatever happened
  }
  await client.query('close to_send');
  if (files.open) await closeFile();
  return counts;
}

async function tenantSecret(client: PoolClient, tenantId: string): Promise<Buffer> {
  await client.query(
    'insert into siuss.tenant_secret (tenant_id, sinba_key) values ($1, $2) on conflict (tenant_id) do nothing',
    [tenantId, randomBytes(32)],
  );
  const { rows } = await client.query<{ sinba_key: Buffer }>(
    'select sinba_key from siuss.tenant_secret where tenant_id = $1',
    [tenantId],
  );
  return rows[0]!.sinba_key;
}

async function writeSinba(
  client: PoolClient,
  request: TransmissionRequest,
  files: FlowFileSet,
  hooks: TransmissionHooks,
): Promise<Counts> {
  const secret = await tenantSecret(client, request.tenantId);
  const sql = `select b.fiscal_code, b.birth_year, b.service_code, b.sinba, b.change_seq from siuss.social_benefit b where ${SELECTION.SINBA} order by b.fiscal_code, b.id`;
  const counts: Counts = { benefits: 0, records: 0, fingerprint: new SelectionFingerprint() };
  let child: {
    fiscalCode: string;
    birthYear: number | null;
    data: Record<string, never>;
    codes: string[];
  } | null = null;
  const flushChild = async () => {
    if (!child) return;
    if (files.open && files.records >= request.recordsPerFile) await files.finish(FLOW_FOOTER);
    if (!files.open) {
      const name = await nextFileName(client, request);
      await files.start(name, flowHeader(name, request.ente));
    }
    await files.write(
      sinbaElement({
        pseudonym: sinbaPseudonym(secret, child.fiscalCode),
        birthYear: child.birthYear,
        data: child.data,
        serviceCodes: child.codes,
      }),
      1,
    );
    counts.records++;
    child = null;
  };
  type Row = {
    fiscal_code: string;
    birth_year: number | null;
    service_code: string;
    sinba: Record<string, never>;
    change_seq: string;
  };
  for await (const rows of batches<Row>(client, sql, [request.tenantId], hooks)) {
    for (const row of rows) {
      counts.benefits++;
      counts.fingerprint.add(row.change_seq);
      if (child && child.fiscalCode !== row.fiscal_code) await flushChild();
      if (!child)
        child = {
          fiscalCode: row.fiscal_code,
          birthYear: row.birth_year,
          data: row.sinba,
          codes: [],
        };
      // The latest record's assessment wins; every benefit of the child is listed.
      child.data = row.sinba;
      child.codes.push(row.service_code);
    }
  }
  await flushChild();
  if (files.open) await files.finish(FLOW_FOOTER);
  return counts;
}

async function recordTransmission(
  client: PoolClient,
  id: string,
  request: TransmissionRequest,
  files: FlowFileSet,
  counts: Counts,
  watermark: string | null,
): Promise<void> {
  const { tenantId, flow } = request;
  await client.query(
    `insert into siuss.transmission (id, tenant_id, flow, status, benefit_count, record_count, records_per_file, created_at, created_by, watermark)
     values ($1, $2, $3, 'READY', $4, $5, $6, now(), $7, $8)`,
    [
      id,
      tenantId,
      flow,
      counts.benefits,
      counts.records,
      request.recordsPerFile,
      request.actor,
      watermark,
    ],
  );
  const f = files.files;
  await client.query(
    `insert into siuss.transmission_file (id, tenant_id, transmission_id, position, name, records, size_bytes, sha256)
     select gen_random_uuid(), $1, $2, p, n, r, s, h from unnest($3::int[], $4::text[], $5::int[], $6::bigint[], $7::text[]) as t(p, n, r, s, h)`,
    [
      tenantId,
      id,
      f.map((_, i) => i + 1),
      f.map((x) => x.name),
      f.map((x) => x.records),
      f.map((x) => x.sizeBytes),
      f.map((x) => x.sha256),
    ],
  );
  if (flow !== 'SINBA') return; // PS items were written with the files
  const where = SELECTION.SINBA;
  await client.query(
    `insert into siuss.transmission_item (transmission_id, benefit_id, tenant_id, benefit_version, operation)
     select $2, b.id, b.tenant_id, b.version, 'SINBA' from siuss.social_benefit b where ${where}`,
    [tenantId, id],
  );
  await client.query(
    `update siuss.social_benefit b set sinba_transmitted_version = b.version where ${where}`,
    [tenantId],
  );
}
