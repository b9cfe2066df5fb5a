import type { BenefitData } from './benefit';

/**
 * The natural key of a benefit record: what makes two records the same benefit, whatever their
 * ids. Within a tenant a key belongs to one record (unique index `social_benefit_natural_key`,
 * see the natural-key migration); records set aside as duplicates (`duplicate_of`) are outside it.
 *
 * - the beneficiary's fiscal code, as stored (already trimmed and upper-cased by every write);
 * - the service code (SINA/SINBA `CodicePrestazione`, as stored: normalised on every write);
 * - the request protocol (`ProtocolloDomanda`, never null) upper-cased, without any white space:
 *   "pg 2018/77" and "PG2018/77" are the same protocol;
 * - the period: start and end dates (periodic benefits) and the payment date (occasional ones).
 *   A missing date counts as a value of its own ("-infinity" in the index), so a null never
 *   defeats uniqueness: two occasional records with the same payment date and no start or end
 *   collide, as they should.
 *
 * `naturalKeySql` is the same key in SQL (the index's expressions, immutable); both must agree
 * (naturalKeyMigration.test.ts checks the protocol reading of both). Every write stores the
 * protocol through `normalize.text` (white space runs become one space, trimmed), so removing
 * spaces in SQL (`replace`, far cheaper per row than a regular expression) is removing white
 * space.
 */
export type NaturalKeyFields = Pick<
  BenefitData,
  'fiscalCode' | 'serviceCode' | 'requestProtocol' | 'startDate' | 'endDate' | 'paymentDate'
>;

/** The protocol as it counts for the key: upper case, no white space. */
export function keyProtocol(protocol: string | null | undefined): string {
  return (protocol ?? '').replace(/\s+/g, '').toUpperCase();
}

/** The natural key as one string (for comparisons in code). */
export function naturalKey(d: NaturalKeyFields): string {
  return [
    d.fiscalCode ?? '',
    d.serviceCode ?? '',
    keyProtocol(d.requestProtocol),
    d.startDate ?? '-',
    d.endDate ?? '-',
    d.paymentDate ?? '-',
  ].join('|');
}

const NO_DATE = `'-infinity'::date`;
/** Of a record still in the key (not set aside as a duplicate): this constant; else its id. */
export const IN_KEY = `'00000000-0000-0000-0000-000000000000'::uuid`;

/**
 * The key's SQL expressions of the record aliased `b` (no alias: bare column names), in the unique index's order (tenant first).
 * The last one takes a duplicate out of the key: its own id instead of a constant.
 */
export function naturalKeySql(b: string): string[] {
  const c = (column: string) => (b ? `${b}.${column}` : `"${column}"`);
  return [
    `${c('tenant_id')}`,
    `${c('fiscal_code')}`,
    `${c('service_code')}`,
    `upper(replace(${c('request_protocol')}, ' ', ''))`,
    `coalesce(${c('start_date')}, ${NO_DATE})`,
    `coalesce(${c('end_date')}, ${NO_DATE})`,
    `coalesce(${c('payment_date')}, ${NO_DATE})`,
  ];
}

/** SQL: the record `b` is set aside as a duplicate (outside the key). */
export const duplicateMarkerSql = (b: string) => {
  const c = (column: string) => (b ? `${b}.${column}` : `"${column}"`);
  return `coalesce(case when ${c('duplicate_of')} is not null then ${c('id')} end, ${IN_KEY})`;
};

/**
 * The security-definer function that finds the records holding natural keys (see the
 * natural-key migration): the index's expressions call functions PostgreSQL does not know to be
 * leakproof, so under row-level security a join on them would read every record of the tenant.
 */
export const KEY_HOLDERS_FUNCTION =
  'siuss.social_benefit_key_holders(text[], text[], text[], date[], date[], date[])';

/** SQL: records `a` and `b` have the same natural key (an index can serve `b`'s side). */
export function sameNaturalKeySql(a: string, b: string): string {
  const left = naturalKeySql(a);
  const right = naturalKeySql(b);
  return [...left.map((l, i) => `${right[i]} = ${l}`), `${duplicateMarkerSql(b)} = ${IN_KEY}`].join(
    ' and ',
  );
}

/** Why a record may be the same benefit as another one a person is about to save. */
export type DuplicateMatch = 'SAME_KEY' | 'OTHER_PROTOCOL' | 'OVERLAPPING_PERIOD';

type Candidate = NaturalKeyFields & Pick<BenefitData, 'character'>;

/** The days a record covers, as [first, last] (ISO dates; an open end runs on). */
function span(d: Candidate): [string, string] | null {
  const first = d.startDate ?? d.paymentDate;
  if (!first) return null;
  return [first, d.endDate ?? (d.startDate ? '9999-12-31' : first)];
}

/**
 * Whether `existing` is likely the same benefit as `given` (same beneficiary and service, checked
 * by the caller's query too): the same key; the same period but another protocol; or an
 * overlapping period. Null: not a likely duplicate.
 */
export function duplicateMatch(given: Candidate, existing: Candidate): DuplicateMatch | null {
  if (given.fiscalCode !== existing.fiscalCode || given.serviceCode !== existing.serviceCode)
    return null;
  if (naturalKey(given) === naturalKey(existing)) return 'SAME_KEY';
  const samePeriod =
    (given.startDate ?? null) === (existing.startDate ?? null) &&
    (given.endDate ?? null) === (existing.endDate ?? null) &&
    (given.paymentDate ?? null) === (existing.paymentDate ?? null);
  if (samePeriod) return 'OTHER_PROTOCOL';
  const a = span(given);
  const b = span(existing);
  if (a && b && a[0] <= b[1] && b[0] <= a[1]) return 'OVERLAPPING_PERIOD';
  return null;
}
