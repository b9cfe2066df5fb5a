import { Migration } from '@mikro-orm/migrations';
import { tenantIsolationSql } from '@sisa/kernel';

const TENANT_TABLES = [
  'social_benefit',
  'transmission',
  'transmission_file',
  'transmission_item',
  'import_job',
  'import_rejection',
  'import_layout',
  'tenant_secret',
  'file_counter',
];

export class Migration20261126120000_siuss extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "siuss";`);
    this.addSql(
      `create table "siuss"."social_benefit" ("id" uuid not null, "tenant_id" uuid not null, "version" int not null, "status" varchar(16) not null, "source" varchar(8) not null, "source_id" varchar(80) null, "fiscal_code" varchar(32) not null, "last_name" varchar(100) null, "first_name" varchar(100) null, "birth_year" int null, "birth_place_code" varchar(8) null, "sex" varchar(1) null, "citizenship_code" varchar(8) null, "second_citizenship_code" varchar(8) null, "region_code" varchar(8) null, "municipality_code" varchar(8) null, "country_code" varchar(8) null, "means_test" varchar(16) not null, "character" varchar(16) not null, "service_code" varchar(16) not null, "service_name" varchar(250) not null, "request_protocol" varchar(64) not null, "event_date" date null, "start_date" date null, "end_date" date null, "payment_date" date null, "amount" numeric(12,2) null, "monthly_amount" numeric(12,2) null, "months" int null, "entity_share" numeric(12,2) null, "user_share" numeric(12,2) null, "health_service_share" numeric(12,2) null, "requested_share" numeric(12,2) null, "isee_threshold" numeric(12,2) null, "monthly_hours" numeric(8,2) null, "taken_in_charge" boolean not null, "user_area" varchar(32) null, "dsu_protocol" varchar(64) null, "dsu_year" int null, "dsu_date" date null, "sina" jsonb null, "sinba" jsonb null, "custom_fields" jsonb not null, "issues" jsonb not null, "pending_cancellation" jsonb null, "transmission_id" uuid null, "transmitted_at" timestamptz null, "sinba_transmitted_version" int null, "inps_outcome" varchar(16) null, "inps_outcome_reason" varchar(500) null, "inps_outcome_at" timestamptz null, "created_at" timestamptz not null, "created_by" varchar(200) not null, "updated_at" timestamptz not null, "updated_by" varchar(200) not null, constraint "social_benefit_pkey" primary key ("id"));`,
    );
    // Lists sort and filter within a tenant: every index starts with tenant_id.
    this.addSql(
      `create index "social_benefit_tenant_created_index" on "siuss"."social_benefit" ("tenant_id", "created_at", "id");`,
    );
    this.addSql(
      `create index "social_benefit_tenant_status_index" on "siuss"."social_benefit" ("tenant_id", "status", "created_at");`,
    );
    this.addSql(
      `create index "social_benefit_tenant_fiscal_code_index" on "siuss"."social_benefit" ("tenant_id", "fiscal_code", "id");`,
    );
    this.addSql(
      `create index "social_benefit_tenant_service_index" on "siuss"."social_benefit" ("tenant_id", "service_code");`,
    );
    this.addSql(
      `create index "social_benefit_tenant_start_index" on "siuss"."social_benefit" ("tenant_id", "start_date");`,
    );
    this.addSql(
      `create index "social_benefit_tenant_payment_index" on "siuss"."social_benefit" ("tenant_id", "payment_date");`,
    );
    this.addSql(
      `create unique index "social_benefit_source_unique" on "siuss"."social_benefit" ("tenant_id", "source", "source_id") where "source_id" is not null;`,
    );
    // What the next transmission sends, in the order it writes it.
    this.addSql(
      `create index "social_benefit_to_send_index" on "siuss"."social_benefit" ("tenant_id", "fiscal_code", "id") where "status" = 'VALID' or ("status" = 'CANCELLED' and "pending_cancellation" is not null);`,
    );
    this.addSql(
      `create index "social_benefit_custom_fields_gin" on "siuss"."social_benefit" using gin ("custom_fields" jsonb_path_ops);`,
    );

    this.addSql(
      `create table "siuss"."transmission" ("id" uuid not null, "tenant_id" uuid not null, "flow" varchar(16) not null, "status" varchar(16) not null, "benefit_count" int not null, "record_count" int not null, "records_per_file" int not null, "created_at" timestamptz not null, "created_by" varchar(200) not null, constraint "transmission_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "transmission_tenant_created_index" on "siuss"."transmission" ("tenant_id", "created_at");`,
    );
    this.addSql(
      `create table "siuss"."transmission_file" ("id" uuid not null, "tenant_id" uuid not null, "transmission_id" uuid not null, "position" int not null, "name" varchar(64) not null, "records" int not null, "size_bytes" bigint not null, "sha256" varchar(64) not null, constraint "transmission_file_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "transmission_file_tenant_transmission_index" on "siuss"."transmission_file" ("tenant_id", "transmission_id", "position");`,
    );
    this.addSql(
      `create table "siuss"."transmission_item" ("transmission_id" uuid not null, "benefit_id" uuid not null, "tenant_id" uuid not null, "benefit_version" int not null, "operation" varchar(8) not null, "outcome" varchar(16) null, "outcome_reason" varchar(500) null, "outcome_at" timestamptz null, constraint "transmission_item_pkey" primary key ("transmission_id", "benefit_id"));`,
    );
    this.addSql(
      `create index "transmission_item_tenant_benefit_index" on "siuss"."transmission_item" ("tenant_id", "benefit_id");`,
    );

    this.addSql(
      `create table "siuss"."import_job" ("id" uuid not null, "tenant_id" uuid not null, "status" varchar(16) not null, "format" varchar(8) not null, "file_name" varchar(200) null, "layout_id" uuid null, "rows" int not null, "accepted" int not null, "rejected" int not null, "errors" jsonb not null, "failure" varchar(1000) null, "created_at" timestamptz not null, "created_by" varchar(200) not null, "finished_at" timestamptz null, constraint "import_job_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "import_job_tenant_created_index" on "siuss"."import_job" ("tenant_id", "created_at");`,
    );
    this.addSql(
      `create table "siuss"."import_rejection" ("job_id" uuid not null, "row_number" int not null, "tenant_id" uuid not null, "reasons" text not null, constraint "import_rejection_pkey" primary key ("job_id", "row_number"));`,
    );
    this.addSql(
      `create table "siuss"."import_layout" ("id" uuid not null, "tenant_id" uuid not null, "name" varchar(100) not null, "kind" varchar(16) not null, "columns" jsonb not null, "skip_first_line" boolean not null default false, "version" int not null, "updated_at" timestamptz not null, "updated_by" varchar(200) not null, constraint "import_layout_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "siuss"."import_layout" add constraint "import_layout_tenant_id_name_unique" unique ("tenant_id", "name");`,
    );

    // The per-tenant key of SINBA pseudonyms: never leaves this schema.
    this.addSql(
      `create table "siuss"."tenant_secret" ("tenant_id" uuid not null, "sinba_key" bytea not null, "created_at" timestamptz not null default now(), constraint "tenant_secret_pkey" primary key ("tenant_id"));`,
    );
    // Daily progressive of flow file names, per tenant and flow.
    this.addSql(
      `create table "siuss"."file_counter" ("tenant_id" uuid not null, "flow" varchar(16) not null, "day" date not null, "last" int not null, constraint "file_counter_pkey" primary key ("tenant_id", "flow", "day"));`,
    );

    for (const table of TENANT_TABLES) {
      for (const sql of tenantIsolationSql('siuss', table)) this.addSql(sql);
    }
  }

  override async down(): Promise<void> {
    for (const table of [...TENANT_TABLES].reverse())
      this.addSql(`drop table if exists "siuss"."${table}" cascade;`);
  }
}
