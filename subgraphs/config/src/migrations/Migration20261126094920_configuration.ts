import { Migration } from '@mikro-orm/migrations';
import { CURRENT_TENANT_SQL, tenantIsolationSql } from '@sisa/kernel';

export class Migration20261126094920_configuration extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "config"."field_definition" ("id" uuid not null, "tenant_id" uuid not null, "entity" varchar(32) not null, "key" varchar(40) not null, "label" varchar(200) not null, "type" varchar(16) not null, "required" boolean not null default false, "list_key" varchar(64) null, "min" double precision null, "max" double precision null, "pattern" varchar(500) null, "help_text" varchar(1000) null, "section" varchar(100) null, "position" int not null default 0, "active" boolean not null default true, "visible_when" jsonb null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "field_definition_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "config"."field_definition" add constraint "field_definition_tenant_id_entity_key_unique" unique ("tenant_id", "entity", "key");`,
    );

    this.addSql(
      `create table "config"."indicator" ("id" uuid not null, "tenant_id" uuid not null, "key" varchar(64) not null, "label" varchar(200) not null, "entity" varchar(32) not null, "aggregate" varchar(8) not null, "field" varchar(100) null, "filter" jsonb null, "group_by" varchar(100) null, "period" jsonb null, "unit" varchar(20) null, "target" double precision null, "position" int not null default 0, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "indicator_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "config"."indicator" add constraint "indicator_tenant_id_key_unique" unique ("tenant_id", "key");`,
    );

    this.addSql(
      `create table "config"."parameter_set" ("id" uuid not null, "code" varchar(32) not null, "measure" varchar(32) not null, "valid_from" date not null, "valid_to" date null, "values" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "updated_by" varchar(64) not null, constraint "parameter_set_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "config"."parameter_set" add constraint "parameter_set_code_unique" unique ("code");`,
    );
    this.addSql(
      `create index "parameter_set_measure_valid_from_index" on "config"."parameter_set" ("measure", "valid_from");`,
    );

    this.addSql(
      `create table "config"."value_list" ("id" uuid not null, "tenant_id" uuid null, "key" varchar(64) not null, "label" varchar(200) not null, "system" boolean not null default false, "items" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "value_list_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create unique index "value_list_system_key_unique" on "config"."value_list" ("key") where "tenant_id" is null;`,
    );
    this.addSql(
      `alter table "config"."value_list" add constraint "value_list_tenant_id_key_unique" unique ("tenant_id", "key");`,
    );

    this.addSql(`alter table "config"."audit_event" alter column "tenant_id" drop not null;`);

    this.addSql(
      `alter table "config"."tenant" add column "config_version" int not null default 0;`,
    );

    for (const table of ['field_definition', 'indicator']) {
      for (const sql of tenantIsolationSql('config', table)) this.addSql(sql);
    }
    // Value lists: a tenant reads its own lists and the system ones (tenant_id null), and writes
    // only its own. Policies are per command: a single FOR ALL policy that shows system rows
    // would also let a tenant UPDATE or DELETE them.
    this.addSql(`alter table "config"."value_list" enable row level security;`);
    this.addSql(
      `create policy value_list_read on "config"."value_list" for select using (tenant_id = ${CURRENT_TENANT_SQL} or tenant_id is null);`,
    );
    this.addSql(
      `create policy value_list_insert on "config"."value_list" for insert with check (tenant_id = ${CURRENT_TENANT_SQL});`,
    );
    this.addSql(
      `create policy value_list_update on "config"."value_list" for update using (tenant_id = ${CURRENT_TENANT_SQL}) with check (tenant_id = ${CURRENT_TENANT_SQL});`,
    );
    this.addSql(
      `create policy value_list_delete on "config"."value_list" for delete using (tenant_id = ${CURRENT_TENANT_SQL});`,
    );
    // Platform-level audit events (parameter sets) have no tenant: anyone may append one, only a
    // session outside every tenant (a platform admin) may read them, nobody may change them.
    this.addSql(
      `create policy platform_events_insert on "config"."audit_event" for insert with check (tenant_id is null);`,
    );
    this.addSql(
      `create policy platform_events_read on "config"."audit_event" for select using (tenant_id is null and ${CURRENT_TENANT_SQL} is null);`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "config"."field_definition" cascade;`);

    this.addSql(`drop table if exists "config"."indicator" cascade;`);

    this.addSql(`drop table if exists "config"."parameter_set" cascade;`);

    this.addSql(`drop table if exists "config"."value_list" cascade;`);

    this.addSql(`drop policy if exists platform_events_insert on "config"."audit_event";`);
    this.addSql(`drop policy if exists platform_events_read on "config"."audit_event";`);
    this.addSql(`delete from "config"."audit_event" where "tenant_id" is null;`);
    this.addSql(`alter table "config"."audit_event" alter column "tenant_id" set not null;`);

    this.addSql(`alter table "config"."tenant" drop column "config_version";`);
  }
}
