import type { Pool, PoolClient } from 'pg';
import type { BenefitData, ValidationIssue } from '../domain/benefit';
import type { Flow } from '../domain/codes';
import { elementYears } from '../domain/flowXml';
import { SelectionFingerprint } from '../domain/selectionFingerprint';
import { readWatermarks } from '../entities/changeOrder';
import { BENEFIT_COLUMNS } from './benefitRows';
import { SELECTION } from './transmissions';

/** The records of one service in one year (PS) or of one service (SINBA, year null). */
export interface PreviewGroup {
  serviceCode: string;
  serviceName: string;
  year: number | null;
  /** Elements written: a periodic benefit spanning years counts once per year. */
  records: number;
}

export interface ExcludedReason extends ValidationIssue {
  count: number;
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

type PsRow = BenefitData & {
  status: string;
  change_seq: string;
  pending_cancellation: BenefitData | null;
};
type SinbaRow = {
  fiscal_code: string;
  service_code: string;
  service_name: string;
  change_seq: string;
};

/**
 * Reads, in one read-only snapshot, the records the next transmission of `flow` would carry (the
 * same selection as the transmission itself) and counts what it would write; and the records it
 * leaves out because they have open issues, with the most frequent reasons.
 */
export async function previewTransmission(
  pool: Pool,
  request: { tenantId: string; flow: Flow; recordsPerFile: number },
): Promise<TransmissionPreview> {
  const client = await pool.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    await client.query(`select set_config('app.tenant_id', $1, true)`, [request.tenantId]);
    const preview =
      request.flow === 'SINBA'
        ? await previewSinba(client, request)
        : await previewPs(client, request);
    const excluded = await excludedRecords(client, request.tenantId, request.flow);
    await client.query('commit');
    return { ...preview, ...excluded };
  } catch (error) {
    await client.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

type Counted = Omit<TransmissionPreview, 'excludedCount' | 'excludedReasons'>;

async function* rowsOf<T>(client: PoolClient, sql: string, params: unknown[]): AsyncGenerator<T> {
  await client.query(`declare preview no scroll cursor for ${sql}`, params);
  for (;;) {
    const { rows } = await client.query(`fetch ${BATCH} from preview`);
    if (rows.length === 0) break;
    yield* rows as T[];
  }
  await client.query('close preview');
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
  const sql = `select b.status, b.change_seq, b.pending_cancellation, ${BENEFIT_COLUMNS} from siuss.social_benefit b where ${SELECTION.PS_PSA_SINA}`;
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
  for await (const row of rowsOf<PsRow>(client, sql, [request.tenantId, previous])) {
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
  const sql = `select b.fiscal_code, b.service_code, b.service_name, b.change_seq from siuss.social_benefit b where ${SELECTION.SINBA} order by b.fiscal_code`;
  const fingerprint = new SelectionFingerprint();
  const groups = new Groups();
  let benefitCount = 0;
  let children = 0;
  let child: string | null = null;
  for await (const row of rowsOf<SinbaRow>(client, sql, [request.tenantId])) {
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

async function excludedRecords(
  client: PoolClient,
  tenantId: string,
  flow: Flow,
): Promise<Pick<TransmissionPreview, 'excludedCount' | 'excludedReasons'>> {
  const scope = `b.tenant_id = $1 and b.status = 'INVALID'${flow === 'SINBA' ? ' and b.sinba is not null' : ''}`;
  const { rows: total } = await client.query<{ n: number }>(
    `select count(*)::int as n from siuss.social_benefit b where ${scope}`,
    [tenantId],
  );
  const { rows: reasons } = await client.query<ExcludedReason>(
    `select i->>'field' as field, i->>'message' as message, count(*)::int as count
       from siuss.social_benefit b, jsonb_array_elements(b.issues) i
      where ${scope}
      group by 1, 2 order by 3 desc, 1, 2 limit ${REASONS_SHOWN}`,
    [tenantId],
  );
  return { excludedCount: total[0]!.n, excludedReasons: reasons };
}
