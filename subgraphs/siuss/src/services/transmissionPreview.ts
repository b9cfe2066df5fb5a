import type { Pool, PoolClient } from 'pg';
import { withTenant } from '@sisa/kernel';
import type { BenefitData } from '../domain/benefit';
import type { Flow } from '../domain/codes';
import { elementYears } from '../domain/flowXml';
import { SelectionFingerprint } from '../domain/selectionFingerprint';
import {
  benefitRowsRepository,
  type ExcludedReason,
  type RowCursor,
} from '../entities/benefitRows.repository';
import { readWatermarks } from '../entities/changeOrder';

export type { ExcludedReason };

/** The records of one service in one year (PS) or of one service (SINBA, year null). */
export interface PreviewGroup {
  serviceCode: string;
  serviceName: string;
  year: number | null;
  /** Elements written: a periodic benefit spanning years counts once per year. */
  records: number;
}

/** What a transmission would send, what stays out and why; nothing is written. */
export interface TransmissionPreview {
  flow: Flow;
  benefitCount: number;
  /** Cancellations of what INPS holds (TipoOperazione C) and corrections (C then I). */
  cancellationCount: number;
  correctionCount: number;
  recordCount: number;
  fileCount: number;
  groups: PreviewGroup[];
  /** Records with open issues (INVALID): they stay out until corrected. */
  excludedCount: number;
  excludedReasons: ExcludedReason[];
  /** Hand it to createTransmission as `confirm`: it refuses when the selection changed. */
  fingerprint: string;
}

const BATCH = 2000;
const REASONS_SHOWN = 20;

/**
 * Reads, in one read-only snapshot, the records the next transmission of `flow` would carry (the
 * same selection as the transmission itself) and counts what it would write; and the records it
 * leaves out because they have open issues, with the most frequent reasons.
 */
export async function previewTransmission(
  pool: Pool,
  request: { tenantId: string; flow: Flow; recordsPerFile: number },
): Promise<TransmissionPreview> {
  return withTenant(
    pool,
    request.tenantId,
    async (client) => {
      const preview =
        request.flow === 'SINBA'
          ? await previewSinba(client, request)
          : await previewPs(client, request);
      const excluded = await benefitRowsRepository.invalidFor(
        client,
        request.tenantId,
        request.flow,
        REASONS_SHOWN,
      );
      return { ...preview, ...excluded };
    },
    { isolation: 'repeatable read', readOnly: true },
  );
}

type Counted = Omit<TransmissionPreview, 'excludedCount' | 'excludedReasons'>;

/** Every row of the cursor, then closes it. */
async function* rowsOf<T>(cursor: RowCursor<T>): AsyncGenerator<T> {
  for (;;) {
    const rows = await cursor.next();
    if (rows.length === 0) break;
    yield* rows;
  }
  await cursor.close();
}

class Groups {
  private readonly byKey = new Map<string, PreviewGroup>();
  add(serviceCode: string, serviceName: string, year: number | null): void {
    const key = `${serviceCode}\u0000${year ?? ''}`;
    const group = this.byKey.get(key) ?? { serviceCode, serviceName, year, records: 0 };
    group.records++;
    this.byKey.set(key, group);
  }
  list(): PreviewGroup[] {
    return [...this.byKey.values()].sort(
      (a, b) => a.serviceCode.localeCompare(b.serviceCode) || (a.year ?? 0) - (b.year ?? 0),
    );
  }
}

const fileCount = (records: number, perFile: number) => Math.ceil(records / perFile);

async function previewPs(
  client: PoolClient,
  request: { tenantId: string; recordsPerFile: number },
): Promise<Counted> {
  const { previous } = await readWatermarks(client, request.tenantId);
  const fingerprint = new SelectionFingerprint();
  const groups = new Groups();
  let benefitCount = 0;
  let cancellationCount = 0;
  let correctionCount = 0;
  let recordCount = 0;
  const count = (data: BenefitData) => {
    for (const year of elementYears(data)) {
      groups.add(data.serviceCode, data.serviceName, year);
      recordCount++;
    }
  };
  const cursor = await benefitRowsRepository.psPendingForPreview(
    client,
    request.tenantId,
    previous,
    BATCH,
  );
  for await (const row of rowsOf(cursor)) {
    fingerprint.add(row.change_seq);
    benefitCount++;
    if (row.pending_cancellation) {
      count(row.pending_cancellation);
      if (row.status === 'VALID') correctionCount++;
      else cancellationCount++;
    }
    if (row.status === 'VALID') count(row);
  }
  return {
    flow: 'PS_PSA_SINA',
    benefitCount,
    cancellationCount,
    correctionCount,
    recordCount,
    fileCount: fileCount(recordCount, request.recordsPerFile),
    groups: groups.list(),
    fingerprint: fingerprint.value('PS_PSA_SINA'),
  };
}

async function previewSinba(
  client: PoolClient,
  request: { tenantId: string; recordsPerFile: number },
): Promise<Counted> {
  // One SINBA element per child, listing every benefit of the child (services/transmissions.ts).
  const fingerprint = new SelectionFingerprint();
  const groups = new Groups();
  let benefitCount = 0;
  let children = 0;
  let child: string | null = null;
  const cursor = await benefitRowsRepository.sinbaPendingForPreview(
    client,
    request.tenantId,
    BATCH,
  );
  for await (const row of rowsOf(cursor)) {
    fingerprint.add(row.change_seq);
    benefitCount++;
    groups.add(row.service_code, row.service_name, null);
    if (row.fiscal_code !== child) children++;
    child = row.fiscal_code;
  }
  return {
    flow: 'SINBA',
    benefitCount,
    cancellationCount: 0,
    correctionCount: 0,
    recordCount: children,
    fileCount: fileCount(children, request.recordsPerFile),
    groups: groups.list(),
    fingerprint: fingerprint.value('SINBA'),
  };
}
