import { Migration } from '@mikro-orm/migrations';
import { tenantIsolationSql } from '@sisa/kernel';

const TENANT_TABLES = [
  'subject',
  'household',
  'household_member',
  'isee_attestation',
  'revision',
  'subject_access',
];
const SEARCH_FUNCTIONS = ['subject_search_ids(jsonb, text, jsonb)', 'household_search_ids(jsonb)'];

export class Migration20261126095419_registry extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "registry";`);
    // Search keys: accents folded (unaccent is only stable, so it is wrapped in an immutable
    // function to be indexable), lower case, letters, digits and spaces. "D'Angelò" → "dangelo".
    // Collation "C" after unaccent: the key never depends on the database's locale.
    this.addSql(`create function registry.search_fold(p_text text) returns text
      language sql immutable parallel safe strict
      as $$ select regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, p_text) collate "C"), '[^a-z0-9 ]', '', 'g') $$;`);
    this
      .addSql(`create function registry.subject_search_text(p_last_name text, p_first_name text, p_fiscal_code text) returns text
      language sql immutable parallel safe
      as $$ select registry.search_fold(coalesce(p_last_name, '') || ' ' || coalesce(p_first_name, '') || ' ' || coalesce(p_fiscal_code, '')) $$;`);
    this.addSql(
      `create table "registry"."household" ("id" uuid not null, "tenant_id" uuid not null, "custom_fields" jsonb not null, "version" int not null, "created_at" timestamptz not null, "created_by" varchar(200) not null, "updated_at" timestamptz not null, "updated_by" varchar(200) not null, constraint "household_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "household_tenant_created_at_index" on "registry"."household" ("tenant_id", "created_at");`,
    );
    this.addSql(
      `create index "household_custom_fields_gin" on "registry"."household" using gin ("custom_fields" jsonb_path_ops);`,
    );

    this.addSql(
      `create table "registry"."isee_attestation" ("id" uuid not null, "tenant_id" uuid not null, "household_id" uuid not null, "dsu_protocol" varchar(40) not null, "dsu_date" date not null, "kind" varchar(10) not null, "valid_until" date not null, "isee" numeric(12,2) not null, "isr" numeric(12,2) not null, "isre" numeric(12,2) not null, "equivalence_scale" numeric(5,2) not null, "real_estate_assets" numeric(12,2) not null, "movable_assets" numeric(12,2) not null, "household_size" int not null, "recorded_at" timestamptz not null, "recorded_by" varchar(200) not null, constraint "isee_attestation_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "isee_attestation_tenant_household_index" on "registry"."isee_attestation" ("tenant_id", "household_id", "dsu_date");`,
    );
    this.addSql(
      `alter table "registry"."isee_attestation" add constraint "isee_attestation_tenant_protocol_kind_unique" unique ("tenant_id", "dsu_protocol", "kind");`,
    );

    this.addSql(
      `create table "registry"."revision" ("id" bigserial primary key, "tenant_id" uuid not null, "entity" varchar(16) not null, "entity_id" uuid not null, "version" int not null, "action" varchar(32) not null, "changed_at" timestamptz not null, "changed_by" varchar(200) not null, "changes" jsonb not null);`,
    );
    this.addSql(
      `create index "revision_tenant_entity_index" on "registry"."revision" ("tenant_id", "entity_id", "version");`,
    );

    // Names sort the Italian way (ICU): "Àlvarez" with the A, not after Z as bytes would put it.
    this.addSql(
      `create table "registry"."subject" ("id" uuid not null, "tenant_id" uuid not null, "fiscal_code" varchar(16) not null, "first_name" varchar(100) collate "it-x-icu" not null, "last_name" varchar(100) collate "it-x-icu" not null, "sex" varchar(1) not null, "birth_date" date not null, "birth_place_code" varchar(4) not null, "citizenship_code" varchar(3) not null, "residence_street" varchar(200) null, "residence_postal_code" varchar(12) null, "residence_municipality_code" varchar(6) null, "residence_country_code" varchar(3) null, "phone" varchar(30) null, "email" varchar(254) null, "custom_fields" jsonb not null, "version" int not null, "created_at" timestamptz not null, "created_by" varchar(200) not null, "updated_at" timestamptz not null, "updated_by" varchar(200) not null, "archived_at" timestamptz null, constraint "subject_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "subject_tenant_name_index" on "registry"."subject" ("tenant_id", "last_name", "first_name", "id");`,
    );
    this.addSql(
      `create index "subject_tenant_birth_date_index" on "registry"."subject" ("tenant_id", "birth_date");`,
    );
    this.addSql(
      `create index "subject_tenant_created_at_index" on "registry"."subject" ("tenant_id", "created_at");`,
    );
    this.addSql(
      `create unique index "subject_tenant_fiscal_code_unique" on "registry"."subject" ("tenant_id", "fiscal_code") where "archived_at" is null;`,
    );
    this.addSql(
      `create index "subject_search_trgm" on "registry"."subject" using gin ("registry"."subject_search_text"("last_name", "first_name", "fiscal_code") public.gin_trgm_ops);`,
    );
    this.addSql(
      `create index "subject_custom_fields_gin" on "registry"."subject" using gin ("custom_fields" jsonb_path_ops);`,
    );
    this.addSql(
      `create index "subject_last_name_key" on "registry"."subject" ("tenant_id", "registry"."search_fold"("last_name") text_pattern_ops) where "archived_at" is null;`,
    );

    this.addSql(
      `create table "registry"."household_member" ("id" uuid not null, "tenant_id" uuid not null, "household_id" uuid not null, "subject_id" uuid not null, "relationship" varchar(20) not null, "since" date null, "until" date null, "created_at" timestamptz not null, "created_by" varchar(200) not null, "ended_by" varchar(200) null, constraint "household_member_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "household_member_tenant_household_index" on "registry"."household_member" ("tenant_id", "household_id");`,
    );
    this.addSql(
      `create index "household_member_tenant_subject_index" on "registry"."household_member" ("tenant_id", "subject_id");`,
    );
    this.addSql(
      `create unique index "household_member_open_unique" on "registry"."household_member" ("tenant_id", "subject_id") where "until" is null;`,
    );

    this.addSql(
      `create table "registry"."subject_access" ("id" bigserial primary key, "tenant_id" uuid not null, "subject_id" uuid not null, "at" timestamptz not null, "actor" varchar(200) not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "via" varchar(32) not null, "request_id" varchar(64) null);`,
    );
    this.addSql(
      `create index "subject_access_tenant_subject_index" on "registry"."subject_access" ("tenant_id", "subject_id", "at");`,
    );
    this.addSql(
      `create index "subject_access_tenant_at_index" on "registry"."subject_access" ("tenant_id", "at");`,
    );

    this.addSql(
      `alter table "registry"."isee_attestation" add constraint "isee_attestation_household_id_foreign" foreign key ("household_id") references "registry"."household" ("id") on update cascade;`,
    );

    this.addSql(
      `alter table "registry"."household_member" add constraint "household_member_household_id_foreign" foreign key ("household_id") references "registry"."household" ("id") on update cascade;`,
    );
    this.addSql(
      `alter table "registry"."household_member" add constraint "household_member_subject_id_foreign" foreign key ("subject_id") references "registry"."subject" ("id") on update cascade;`,
    );

    for (const table of TENANT_TABLES) {
      for (const sql of tenantIsolationSql('registry', table)) this.addSql(sql);
    }

    // Row-level security keeps PostgreSQL from using an index for an operator that is not
    // leakproof (LIKE, jsonb @>): under it, a search would read every row of the tenant. These
    // functions run as the schema owner, apply the transaction's tenant themselves (none set: no
    // rows) and return ids, which the caller then reads under row-level security as usual.
    this
      .addSql(`create function registry.subject_search_ids(p_terms jsonb, p_last_name text, p_custom jsonb)
      returns setof uuid language plpgsql stable security definer set search_path = registry, pg_temp rows 1000
      as $$
      declare
        v_tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
        v_sql text := 'select s.id from registry.subject s where s.tenant_id = $1 and s.archived_at is null';
        v_term text;
        v_prefix text := registry.search_fold(p_last_name);
      begin
        if v_tenant is null then return; end if;
        for v_term in select registry.search_fold(t) from jsonb_array_elements_text(coalesce(p_terms, '[]'::jsonb)) t loop
          if v_term <> '' then
            v_sql := v_sql || format(' and registry.subject_search_text(s.last_name, s.first_name, s.fiscal_code) like %L', '%' || v_term || '%');
          end if;
        end loop;
        if v_prefix <> '' then
          v_sql := v_sql || format(' and registry.search_fold(s.last_name) like %L', v_prefix || '%');
        end if;
        if p_custom is not null then v_sql := v_sql || ' and s.custom_fields @> $2'; end if;
        return query execute v_sql using v_tenant, p_custom;
      end $$;`);
    this.addSql(`create function registry.household_search_ids(p_custom jsonb)
      returns setof uuid language sql stable security definer set search_path = registry, pg_temp rows 1000
      as $$ select h.id from registry.household h
            where h.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and h.custom_fields @> p_custom $$;`);
    for (const fn of SEARCH_FUNCTIONS) {
      // Only the registry service role may call them (default privileges grant it EXECUTE).
      this.addSql(`revoke all on function registry.${fn} from public;`);
    }
  }

  override async down(): Promise<void> {
    for (const fn of SEARCH_FUNCTIONS) this.addSql(`drop function if exists registry.${fn};`);
    this.addSql(
      `alter table "registry"."isee_attestation" drop constraint "isee_attestation_household_id_foreign";`,
    );

    this.addSql(
      `alter table "registry"."household_member" drop constraint "household_member_household_id_foreign";`,
    );

    this.addSql(
      `alter table "registry"."household_member" drop constraint "household_member_subject_id_foreign";`,
    );

    this.addSql(`drop table if exists "registry"."household" cascade;`);

    this.addSql(`drop table if exists "registry"."isee_attestation" cascade;`);

    this.addSql(`drop table if exists "registry"."revision" cascade;`);

    this.addSql(`drop table if exists "registry"."subject" cascade;`);

    this.addSql(`drop table if exists "registry"."household_member" cascade;`);

    this.addSql(`drop table if exists "registry"."subject_access" cascade;`);

    this.addSql(`drop function if exists registry.subject_search_text(text, text, text);`);
    this.addSql(`drop function if exists registry.search_fold(text);`);
    this.addSql(`drop schema if exists "registry";`);
  }
}
