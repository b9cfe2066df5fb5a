import type { PoolClient } from 'pg';
import type { BenefitData, ValidationIssue } from '../domain/benefit';
import type { Flow } from '../domain/codes';
import { sentAtVersionSql } from './sentState';

/**
 * The SELECT list that reads a record of `b` straight as `BenefitData` with plain SQL (bulk
 * paths): columns under their property names, so a million rows need no second object each;
 * dates as ISO text (never JS Dates, which carry a time zone), amounts as decimal text.
 */
export const BENEFIT_COLUMNS = `b.fiscal_code as "fiscalCode", b.last_name as "lastName", b.first_name as "firstName",
  b.birth_year as "birthYear", b.birth_place_code as "birthPlaceCode", b.sex as "sex",
  b.citizenship_code as "citizenshipCode", b.second_citizenship_code as "secondCitizenshipCode",
  b.region_code as "regionCode", b.municipality_code as "municipalityCode",
  b.country_code as "countryCode", b.means_test as "meansTest", b.character as "character",
  b.service_code as "serviceCode", b.service_name as "serviceName",
  b.request_protocol as "requestProtocol", b.event_date::text as "eventDate",
  b.start_date::text as "startDate", b.end_date::text as "endDate",
  b.payment_date::text as "paymentDate", b.amount::text as "amount",
  b.monthly_amount::text as "monthlyAmount", b.months as "months",
  b.entity_share::text as "entityShare", b.user_share::text as "userShare",
  b.health_service_share::text as "healthServiceShare",
  b.requested_share::text as "requestedShare", b.isee_threshold::text as "iseeThreshold",
  b.monthly_hours::text as "monthlyHours", b.taken_in_charge as "takenInCharge",
  b.user_area as "userArea", b.dsu_protocol as "dsuProtocol", b.dsu_year as "dsuYear",
  b.dsu_date::text as "dsuDate", b.sina as "sina", b.sinba as "sinba"`;

/** A row read with BENEFIT_COLUMNS. */
export type BenefitRow = BenefitData;

// The records a transmission sends, read in bulk on a raw connection bound to the tenant
// (`withTenant`): through a cursor, a batch at a time, straight as BenefitData.

/** Rows of a query read through a server-side cursor, a batch at a time, in its transaction. */
export interface RowCursor<T> {
  /** The next batch; empty once every row is read. */
  next(): Promise<T[]>;
  close(): Promise<void>;
}

/** Declares cursor `name` for `sql` on the client's open transaction. */
async function openCursor<T>(
  client: PoolClient,
  name: string,
  sql: string,
  params: unknown[],
  batch: number,
): Promise<RowCursor<T>> {
  await client.query(`declare ${name} no scroll cursor for ${sql}`, params);
  return {
    next: async () => (await client.query(`fetch ${Math.trunc(batch)} from ${name}`)).rows as T[],
    close: async () => {
      await client.query(`close ${name}`);
    },
  };
}

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
 * The records the next PS transmission sends ($1 the tenant, $2 its last watermark), in the
 * files' order (fiscal code, id). The bench times a COPY of this same read (bench/src/copyLimits.ts).
 */
export const PS_TO_SEND_SQL = `select b.id, b.version, b.status, b.change_seq, b.pending_cancellation, ${BENEFIT_COLUMNS} from siuss.social_benefit b where ${SELECTION.PS_PSA_SINA} order by b.fiscal_code, b.id`;

/** A record the PS flow sends, with what INPS holds of it (as BenefitData) when it is to cancel. */
export type PsRowToSend = BenefitRow & {
  id: string;
  version: number;
  status: string;
  change_seq: string;
  pending_cancellation: BenefitData | null;
};

/** A record of the PS flow as its preview counts it. */
export type PsRowToPreview = BenefitData & {
  status: string;
  change_seq: string;
  pending_cancellation: BenefitData | null;
};

/** A child's benefit the SINBA flow sends. */
export interface SinbaRowToSend {
  fiscal_code: string;
  birth_year: number | null;
  service_code: string;
  sinba: Record<string, never>;
  change_seq: string;
}

/** A child's benefit of the SINBA flow as its preview counts it. */
export interface SinbaRowToPreview {
  fiscal_code: string;
  service_code: string;
  service_name: string;
  change_seq: string;
}

export interface ExcludedReason extends ValidationIssue {
  count: number;
}

export const benefitRowsRepository = {
  /** The records the next PS transmission sends, in the files' order (PS_TO_SEND_SQL). */
  psPendingForTransmission(
    client: PoolClient,
    tenantId: string,
    watermark: string,
    batch: number,
  ): Promise<RowCursor<PsRowToSend>> {
    return openCursor(client, 'to_send', PS_TO_SEND_SQL, [tenantId, watermark], batch);
  },

  /** The same records as they are counted by a preview (in no order). */
  psPendingForPreview(
    client: PoolClient,
    tenantId: string,
    watermark: string,
    batch: number,
  ): Promise<RowCursor<PsRowToPreview>> {
    return openCursor(
      client,
      'preview',
      `select b.status, b.change_seq, b.pending_cancellation, ${BENEFIT_COLUMNS} from siuss.social_benefit b where ${SELECTION.PS_PSA_SINA}`,
      [tenantId, watermark],
      batch,
    );
  },

  /** The benefits the next SINBA transmission sends, child by child (fiscal code, id). */
  sinbaPendingForTransmission(
    client: PoolClient,
    tenantId: string,
    batch: number,
  ): Promise<RowCursor<SinbaRowToSend>> {
    return openCursor(
      client,
      'to_send',
      `select b.fiscal_code, b.birth_year, b.service_code, b.sinba, b.change_seq from siuss.social_benefit b where ${SELECTION.SINBA} order by b.fiscal_code, b.id`,
      [tenantId],
      batch,
    );
  },

  /** The same benefits as they are counted by a preview, child by child. */
  sinbaPendingForPreview(
    client: PoolClient,
    tenantId: string,
    batch: number,
  ): Promise<RowCursor<SinbaRowToPreview>> {
    return openCursor(
      client,
      'preview',
      `select b.fiscal_code, b.service_code, b.service_name, b.change_seq from siuss.social_benefit b where ${SELECTION.SINBA} order by b.fiscal_code`,
      [tenantId],
      batch,
    );
  },

  /**
   * The records a transmission of `flow` leaves out because they have open issues (INVALID):
   * how many, and the `shown` most frequent reasons.
   */
  async invalidFor(
    client: PoolClient,
    tenantId: string,
    flow: Flow,
    shown: number,
  ): Promise<{ excludedCount: number; excludedReasons: ExcludedReason[] }> {
    const scope = `b.tenant_id = $1 and b.status = 'INVALID'${flow === 'SINBA' ? ' and b.sinba is not null' : ''}`;
    const { rows: total } = await client.query<{ n: number }>(
      `select count(*)::int as n from siuss.social_benefit b where ${scope}`,
      [tenantId],
    );
    const { rows: reasons } = await client.query<ExcludedReason>(
      `select i->>'field' as field, i->>'message' as message, count(*)::int as count
         from siuss.social_benefit b, jsonb_array_elements(b.issues) i
        where ${scope}
        group by 1, 2 order by 3 desc, 1, 2 limit ${Math.trunc(shown)}`,
      [tenantId],
    );
    return { excludedCount: total[0]!.n, excludedReasons: reasons };
  },
};
