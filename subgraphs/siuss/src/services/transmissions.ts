import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Pool, PoolClient } from 'pg';
import { withTenant } from '@sisa/kernel';
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
import type { BenefitData } from '../domain/benefit';
import {
  benefitRowsRepository,
  SELECTION,
  type PsRowToSend,
  type RowCursor,
} from '../entities/benefitRows.repository';
import {
  tenantSecretRepository,
  transmissionRepository,
} from '../entities/transmission.repository';
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
  let released = false;
  try {
    // Held across the transaction, on its connection: taken before it begins, let go after.
    await transmissionRepository.lockTenant(client, request.tenantId);
    const counts = await withTenant(
      client,
      request.tenantId,
      async (tx) => {
        const watermark =
          request.flow === 'SINBA' ? null : await readWatermarks(tx, request.tenantId);
        const written =
          request.flow === 'SINBA'
            ? await writeSinba(tx, request, files, hooks)
            : await writePs(tx, id, request, watermark!.previous, files, hooks);
        if (written.benefits === 0) throw new NothingToSendError('Nessuna prestazione da inviare');
        if (request.confirm && request.confirm !== written.fingerprint.value(request.flow))
          throw new PreviewMismatchError(
            'Le prestazioni da inviare sono cambiate dopo l\u2019anteprima',
          );
        await recordTransmission(tx, id, request, files, written, watermark?.current ?? null);
        await files.publish();
        return written;
      },
      // Minutes for a large comune: longer than the service role's statement timeout.
      { isolation: 'repeatable read', settings: { statement_timeout: '0' } },
    ).catch(async (error: unknown) => {
      // Rolled back: no file of it stays either.
      await files.discard().catch(() => undefined);
      throw error;
    });
    if (counts.benefits >= BULK_ROWS) await refreshStatistics(client, 'transmission_item');
    return id;
  } finally {
    await transmissionRepository.unlockTenant(client, request.tenantId).catch(() => {
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
  const number = await transmissionRepository.nextFileNumber(
    client,
    request.tenantId,
    request.flow,
    request.day,
  );
  return flowFileName(request.ente.code, request.flow, request.day, number);
}

/** The cursor's rows a batch at a time, calling `afterBatch` after each; closes it at the end. */
async function* batches<T>(cursor: RowCursor<T>, hooks: TransmissionHooks): AsyncGenerator<T[]> {
  let total = 0;
  for (;;) {
    const rows = await cursor.next();
    if (rows.length === 0) break;
    total += rows.length;
    yield rows;
    await hooks.afterBatch?.(total);
  }
  await cursor.close();
}

/** I (insert), C (cancellation of what INPS has) or CI (both: a changed record). */
const operationOf = (row: PsRowToSend) =>
  row.status === 'CANCELLED' ? 'C' : row.pending_cancellation ? 'CI' : 'I';

async function writePs(
  client: PoolClient,
  id: string,
  request: TransmissionRequest,
  previousWatermark: string,
  files: FlowFileSet,
  hooks: TransmissionHooks,
): Promise<Counts> {
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
  const cursor = await benefitRowsRepository.psPendingForTransmission(
    client,
    request.tenantId,
    previousWatermark,
    BATCH,
  );
  let next = inTurn(cursor.next);
  try {
    for (;;) {
      const rows = await next();
      if (rows.length === 0) break;
      next = inTurn(cursor.next);
      // In id order: the items' primary key (by benefit id) is then written page after page.
      const byId = rows.slice().sort((a, b) => (a.id < b.id ? -1 : 1));
      const items = inTurn(() =>
        transmissionRepository.addItems(
          client,
          id,
          request.tenantId,
          byId.map((r) => ({ benefitId: r.id, version: r.version, operation: operationOf(r) })),
        ),
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
  await cursor.close();
  if (files.open) await closeFile();
  return counts;
}

async function writeSinba(
  client: PoolClient,
  request: TransmissionRequest,
  files: FlowFileSet,
  hooks: TransmissionHooks,
): Promise<Counts> {
  const secret = await tenantSecretRepository.sinbaKey(client, request.tenantId);
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
  const cursor = await benefitRowsRepository.sinbaPendingForTransmission(
    client,
    request.tenantId,
    BATCH,
  );
  for await (const rows of batches(cursor, hooks)) {
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
  await transmissionRepository.record(
    client,
    {
      id,
      tenantId,
      flow,
      benefitCount: counts.benefits,
      recordCount: counts.records,
      recordsPerFile: request.recordsPerFile,
      actor: request.actor,
      watermark,
    },
    files.files,
  );
  if (flow !== 'SINBA') return; // PS items were written with the files
  await transmissionRepository.recordSinbaSent(client, id, tenantId, SELECTION.SINBA);
}
