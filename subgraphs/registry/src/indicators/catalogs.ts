import type { ConfigurableEntity, IndicatorSqlCatalog } from '@sisa/kernel';
import { AGE_BANDS, ISEE_BANDS, NO_ISEE_BAND } from '../domain/bands';

/**
 * Today in Italy, as PostgreSQL sees it (the same date as `todayInItaly()`). A scalar subquery, so
 * it is computed once per statement, not once per row.
 */
const TODAY = `(select (now() at time zone 'Europe/Rome')::date)`;

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

const AGE = `date_part('year', age(${TODAY}, s.birth_date))::int`;

/** Younger than N years ⟺ born after today minus N years (29 February included, as `age()` has it). */
const AGE_BAND = `case ${AGE_BANDS.map((b) =>
  b.below === null
    ? `else ${literal(b.label)}`
    : `when s.birth_date > ${TODAY} - interval '${b.below} years' then ${literal(b.label)}`,
).join(' ')} end`;

/**
 * The valid attestation with the latest DSU date (see `currentIsee`, which follows the same rule),
 * joined once per household: every household field reads `ci`.
 */
const CURRENT_ISEE_JOIN = `left join lateral (select a.isee from registry.isee_attestation a
  where a.household_id = h.id and a.dsu_date <= ${TODAY} and a.valid_until >= ${TODAY}
  order by a.dsu_date desc, a.recorded_at desc limit 1) ci on true`;
const CURRENT_ISEE = 'ci.isee';

const ISEE_BAND = `case when ${CURRENT_ISEE} is null then ${literal(NO_ISEE_BAND)} ${ISEE_BANDS.map(
  (b) =>
    b.upTo === null
      ? `else ${literal(b.label)}`
      : `when ${CURRENT_ISEE} <= ${b.upTo} then ${literal(b.label)}`,
).join(' ')} end`;

const CURRENT_MEMBERS = `registry.household_member m where m.household_id = h.id and m.until is null`;

/**
 * How indicators read subjects and households. Every string is ours; user input only reaches the
 * query as bound parameters (see the kernel's `compileIndicator`). Runs in the caller's
 * transaction, so row-level security keeps it inside the tenant.
 */
export const REGISTRY_CATALOGS: Partial<Record<ConfigurableEntity, IndicatorSqlCatalog>> = {
  SUBJECT: {
    from: 'registry.subject s',
    where: 's.archived_at is null',
    customFields: 's.custom_fields',
    fields: {
      sex: 's.sex',
      birthDate: 's.birth_date',
      age: AGE,
      ageBand: AGE_BAND,
      citizenshipCode: 's.citizenship_code',
      foreignCitizen: `s.citizenship_code <> '380'`,
      birthPlaceCode: 's.birth_place_code',
      residenceMunicipalityCode: 's.residence_municipality_code',
      createdAt: `(s.created_at at time zone 'Europe/Rome')::date`,
    },
  },
  HOUSEHOLD: {
    from: `registry.household h ${CURRENT_ISEE_JOIN}`,
    customFields: 'h.custom_fields',
    fields: {
      memberCount: `(select count(*) from ${CURRENT_MEMBERS})`,
      hasValidIsee: `(${CURRENT_ISEE} is not null)`,
      isee: CURRENT_ISEE,
      iseeBand: ISEE_BAND,
      hasMinors: `exists (select 1 from ${CURRENT_MEMBERS} and m.subject_id in (select s.id from registry.subject s where s.birth_date > ${TODAY} - interval '18 years'))`,
      createdAt: `(h.created_at at time zone 'Europe/Rome')::date`,
    },
  },
};
