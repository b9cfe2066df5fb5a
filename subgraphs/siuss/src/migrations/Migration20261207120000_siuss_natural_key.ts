import { Migration } from '@mikro-orm/migrations';
import { systemFunctionsSql } from '@sisa/kernel';
import {
  duplicateMarkerSql,
  KEY_HOLDERS_FUNCTION,
  naturalKeySql,
  sameNaturalKeySql,
} from '../domain/naturalKey';

const KEY = naturalKeySql('b');
/** The index's elements: bare columns, expressions in parentheses. */
const INDEX = [...naturalKeySql(''), duplicateMarkerSql('')].map((e) =>
  /^"[a-z_]+"$/.test(e) ? e : `(${e})`,
);

/**
 * A record's natural key (domain/naturalKey.ts: tenant, fiscal code, service code, request
 * protocol without spaces in upper case, start, end and payment dates, a missing date counting as
 * a value) belongs to one record: the same file imported twice no longer makes two records that
 * both go to INPS.
 *
 * Records already duplicated are not deleted, nor merged: in each group of records with one key,
 * the oldest record that is not cancelled (the oldest of all when all are) stays the record; the
 * others get `duplicate_of` = its id. They stay visible to the operator, leave the key (their own
 * id takes the index's last place) and are never sent again, except the cancellation of one
 * INPS already has, once the operator cancels it.
 *
 * The unique index starts with (tenant_id, fiscal_code): it replaces the fiscal-code index (a
 * person's records, the transmission's order), so an import maintains as many indexes as before.
 */
export class Migration20261207120000_siuss_natural_key extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "siuss"."social_benefit" add column "duplicate_of" uuid null;`);
    this.addSql(`with ranked as (
        select b.id, first_value(b.id) over w as kept, row_number() over w as n
        from siuss.social_benefit b
        window w as (partition by ${KEY.join(', ')}
                     order by (b.status = 'CANCELLED'), b.created_at, b.id)
      )
      update siuss.social_benefit b set duplicate_of = r.kept
      from ranked r where r.id = b.id and r.n > 1;`);
    this.addSql(
      `create unique index "social_benefit_natural_key" on "siuss"."social_benefit" (${INDEX.join(', ')});`,
    );
    this.addSql(`drop index "siuss"."social_benefit_tenant_fiscal_code_index";`);
    // Which record holds each of these keys (n: the key's place in the arrays). The key's
    // expressions are not leakproof: under row-level security no index would serve them, so the
    // function runs as the system role and applies the transaction's tenant itself.
    this
      .addSql(`create function siuss.social_benefit_key_holders(p_fiscal_codes text[], p_service_codes text[],
        p_protocols text[], p_starts date[], p_ends date[], p_payments date[])
      returns table (n bigint, id uuid) language sql stable security definer set search_path = siuss, pg_temp
      as $$ select k.n, b.id
            from (select nullif(current_setting('app.tenant_id', true), '')::uuid as tenant_id, u.*
                  from unnest(p_fiscal_codes, p_service_codes, p_protocols, p_starts, p_ends, p_payments)
                       with ordinality as u(fiscal_code, service_code, request_protocol, start_date, end_date, payment_date, n)) k
            join siuss.social_benefit b on ${sameNaturalKeySql('k', 'b')} $$;`);
    this.addSql(`revoke all on function ${KEY_HOLDERS_FUNCTION} from public;`);
    this.addSql(systemFunctionsSql('siuss', [KEY_HOLDERS_FUNCTION]));
    // The records set aside, for the operator (few).
    this.addSql(
      `create index "social_benefit_tenant_duplicate_index" on "siuss"."social_benefit" ("tenant_id", "duplicate_of") where "duplicate_of" is not null;`,
    );

    this.addSql(`alter table "siuss"."import_job" add column "sha256" varchar(64) null,
      add column "inserted" int not null default 0, add column "updated" int not null default 0,
      add column "unchanged" int not null default 0, add column "outcomes" jsonb not null default '[]';`);
    this.addSql(
      `create index "import_job_tenant_sha256_index" on "siuss"."import_job" ("tenant_id", "sha256") where "sha256" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop function ${KEY_HOLDERS_FUNCTION};`);
    this.addSql(`drop index "siuss"."import_job_tenant_sha256_index";`);
    this.addSql(`alter table "siuss"."import_job" drop column "sha256", drop column "inserted",
      drop column "updated", drop column "unchanged", drop column "outcomes";`);
    this.addSql(
      `create index "social_benefit_tenant_fiscal_code_index" on "siuss"."social_benefit" ("tenant_id", "fiscal_code");`,
    );
    this.addSql(`drop index "siuss"."social_benefit_tenant_duplicate_index";`);
    this.addSql(`drop index "siuss"."social_benefit_natural_key";`);
    this.addSql(`alter table "siuss"."social_benefit" drop column "duplicate_of";`);
  }
}
