import type { PoolClient } from 'pg';

import { BENEFIT_COLUMNS } from './benefitRows.repository';
import { sentAtVersionSql } from './sentState';

/**
 * How a chunk of imported rows reaches the benefit table when records may already be there
 * (domain/naturalKey.ts): set-based, never a query per row.
 *
 * 1. A plain `INSERT … SELECT` from staging, under a savepoint: the unique index checks each key
 *    as it inserts (no extra lookup) and a chunk of new keys, the common case, stops here at the
 *    cost it had before keys were unique. (`ON CONFLICT DO NOTHING` inserts speculatively:
 *    measured, it doubled the time of the insert.)
 * 2. A chunk where a key is taken: back to the savepoint, `INSERT … ON CONFLICT DO NOTHING`
 *    makes the records of the new keys, then one join of the rows that did not go in with the
 *    records holding their keys says, for each, which record and whether its values are the same.
 * 3. One UPDATE of the records whose values changed (version bumped, what INPS has kept for a
 *    cancellation when it was sent: the same rule as a change in the console).
 *
 * A key seen twice in the same file: the later row is a duplicate of the earlier one, whether
 * the earlier one made a record (its source id is `<job>:<row>`) or matched one (remembered in
 * `import_touched`, a temporary table of the import).
 */

/** The data columns an import writes and compares (COPY order), custom fields aside. */
export const DATA_COLUMNS = [
  'fiscal_code',
  'last_name',
  'first_name',
  'birth_year',
  'birth_place_code',
  'sex',
  'citizenship_code',
  'second_citizenship_code',
  'region_code',
  'municipality_code',
  'country_code',
  'means_test',
  'character',
  'service_code',
  'service_name',
  'request_protocol',
  'event_date',
  'start_date',
  'end_date',
  'payment_date',
  'amount',
  'monthly_amount',
  'months',
  'entity_share',
  'user_share',
  'health_service_share',
  'requested_share',
  'isee_threshold',
  'monthly_hours',
  'taken_in_charge',
  'user_area',
  'dsu_protocol',
  'dsu_year',
  'dsu_date',
] as const;

export type RowOutcomeKind = 'UPDATED' | 'UNCHANGED';

/** What the rows of one chunk did, besides the records they made. */
export interface ChunkOutcome {
  inserted: number;
  outcomes: { row: number; outcome: RowOutcomeKind; benefitId: string }[];
  /** Rows not imported: a key already met in the file, or a cancelled record. */
  refused: { row: number; reason: string }[];
}

interface Conflict {
  row: number;
  staged_id: string;
  benefit_id: string;
  status: string;
  source_id: string | null;
  touched_row: number | null;
  same: boolean;
}

/**
 * Opens the import's temporary tables, dropped when its transaction ends: `import_staging`
 * (no WAL, no index) where COPY puts each chunk, and `import_touched`, the records it matched.
 */
export async function openImportStaging(client: PoolClient): Promise<void> {
  await client.query(
    `create temporary table import_staging (like siuss.social_benefit including defaults) on commit drop`,
  );
  // A record's change number is taken as it reaches social_benefit, under the lock (changeOrder.ts).
  await client.query(
    `alter table import_staging alter column change_seq drop default, alter column change_seq drop not null`,
  );
  await client.query(
    `create temporary table import_touched (benefit_id uuid primary key, row_number int not null) on commit drop`,
  );
}

const staged = (column: string) => `s.${column}`;
const sameValues = `(row(${DATA_COLUMNS.map(staged).join(', ')}) is not distinct from row(${DATA_COLUMNS.map((c) => `b.${c}`).join(', ')}))
  and (s.custom_fields = '{}'::jsonb or s.custom_fields = b.custom_fields)`;

// The staged rows that did not go in, and the records holding their keys (through the key
// function: see domain/naturalKey.ts), each then read by its id.
const CONFLICTS = `with s as materialized (
    select row_number() over () as n, st.* from import_staging st
    where not exists (select 1 from siuss.social_benefit x where x.id = st.id)),
  h as (select * from siuss.social_benefit_key_holders(
    (select array_agg(fiscal_code order by n) from s), (select array_agg(service_code order by n) from s),
    (select array_agg(request_protocol order by n) from s), (select array_agg(start_date order by n) from s),
    (select array_agg(end_date order by n) from s), (select array_agg(payment_date order by n) from s)))
  select split_part(s.source_id, ':', 2)::int as row, s.id as staged_id, b.id as benefit_id,
    b.status, b.source_id, t.row_number as touched_row, ${sameValues} as same
  from s join h on h.n = s.n
  join siuss.social_benefit b on b.id = h.id
  left join import_touched t on t.benefit_id = b.id
  order by 1`;

const UPDATE = `update siuss.social_benefit b set
    ${DATA_COLUMNS.map((c) => `${c} = s.${c}`).join(', ')},
    custom_fields = case when s.custom_fields = '{}'::jsonb then b.custom_fields else s.custom_fields end,
    issues = s.issues, status = s.status,
    pending_cancellation = case
      when b.pending_cancellation is null and (b.status = 'TRANSMITTED' or (b.status = 'VALID' and ${sentAtVersionSql('b')}))
      then (select to_jsonb(r) from (select ${BENEFIT_COLUMNS}) r)
      else b.pending_cancellation end,
    version = b.version + 1, updated_at = s.updated_at, updated_by = s.updated_by
  from import_staging s, unnest($1::uuid[], $2::uuid[]) as u(staged, target)
  where s.id = u.staged and b.id = u.target`;

const UNIQUE_VIOLATION = '23505';

/** Moves the staged chunk (see above); `jobId` names this import's own records. */
export async function mergeChunk(
  client: PoolClient,
  columns: readonly string[],
  jobId: string,
): Promise<ChunkOutcome> {
  const list = columns.join(', ');
  await client.query('savepoint import_chunk');
  try {
    const plain = await client.query(
      `insert into siuss.social_benefit (${list}) select ${list} from import_staging`,
    );
    await client.query('release savepoint import_chunk');
    return { inserted: plain.rowCount ?? 0, outcomes: [], refused: [] };
  } catch (error) {
    if ((error as { code?: string }).code !== UNIQUE_VIOLATION) throw error;
    await client.query('rollback to savepoint import_chunk');
  }
  const { rows } = await client.query<{ staged: number; inserted: number }>(
    `with ins as (insert into siuss.social_benefit (${list}) select ${list} from import_staging on conflict do nothing returning 1)
     select (select count(*) from import_staging)::int as staged, (select count(*) from ins)::int as inserted`,
  );
  const { staged: stagedRows, inserted } = rows[0]!;
  const result: ChunkOutcome = { inserted, outcomes: [], refused: [] };
  if (inserted === stagedRows) return result;

  // A temporary table has no statistics until analysed (autovacuum never visits it): without
  // them the planner takes the chunk for a handful of rows and may scan the records once per row.
  await client.query('analyze import_staging');
  const conflicts = (await client.query<Conflict>(CONFLICTS)).rows;
  const ownPrefix = `${jobId}:`;
  const seen = new Map<string, number>();
  const updates: { staged: string; target: string }[] = [];
  for (const c of conflicts) {
    const earlier =
      c.touched_row ??
      seen.get(c.benefit_id) ??
      (c.source_id?.startsWith(ownPrefix) ? Number(c.source_id.slice(ownPrefix.length)) : null);
    if (earlier !== null) {
      result.refused.push({
        row: c.row,
        reason: `Prestazione ripetuta: è la stessa della riga ${earlier} del file (codice fiscale, prestazione, protocollo e periodo)`,
      });
      continue;
    }
    seen.set(c.benefit_id, c.row);
    if (c.same) {
      result.outcomes.push({ row: c.row, outcome: 'UNCHANGED', benefitId: c.benefit_id });
    } else if (c.status === 'CANCELLED') {
      result.refused.push({
        row: c.row,
        reason: `Prestazione già presente e annullata (${c.benefit_id}): non aggiornata`,
      });
    } else {
      result.outcomes.push({ row: c.row, outcome: 'UPDATED', benefitId: c.benefit_id });
      updates.push({ staged: c.staged_id, target: c.benefit_id });
    }
  }
  if (result.outcomes.length)
    await client.query(
      `insert into import_touched (benefit_id, row_number) select * from unnest($1::uuid[], $2::int[])`,
      [result.outcomes.map((o) => o.benefitId), result.outcomes.map((o) => o.row)],
    );
  if (updates.length)
    await client.query(UPDATE, [updates.map((u) => u.staged), updates.map((u) => u.target)]);
  return result;
}
