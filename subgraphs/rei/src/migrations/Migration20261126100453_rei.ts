import { Migration } from '@mikro-orm/migrations';
import { tenantIsolationSql } from '@sisa/kernel';

const TENANT_TABLES = [
  'application',
  'event',
  'protocol_counter',
  'inps_export',
  'project',
  'intervention',
];
const FUNCTIONS = ['application_custom_field_ids(jsonb)', 'end_expired_applications(text, uuid)'];

export class Migration20261126100453_rei extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "rei";`);
    this.addSql(
      `create table "rei"."inps_export" ("id" uuid not null, "tenant_id" uuid not null, "created_at" timestamptz not null, "created_by" varchar(64) not null, "file_name" varchar(200) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "application_count" int not null, constraint "inps_export_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "inps_export_tenant_id_created_at_index" on "rei"."inps_export" ("tenant_id", "created_at");`,
    );

    this.addSql(
      `create table "rei"."protocol_counter" ("tenant_id" uuid not null, "year" int not null, "last_number" int not null, constraint "protocol_counter_pkey" primary key ("tenant_id", "year"));`,
    );

    this.addSql(
      `create table "rei"."application" ("id" uuid not null, "tenant_id" uuid not null, "protocol_number" varchar(32) not null, "applicant_id" uuid not null, "household_id" uuid not null, "submitted_at" date not null, "access_point" varchar(64) null, "status" varchar(16) not null, "declarations" jsonb not null, "renewal_of_id" uuid null, "renewal_number" int not null default 0, "checks" jsonb not null, "checks_run_at" timestamptz null, "applicant_fiscal_code" varchar(16) null, "applicant_name" varchar(200) null, "members" jsonb null, "isee" jsonb null, "benefit" jsonb null, "monthly_amount" numeric(12,2) null, "household_size" int null, "rules_version" varchar(32) not null, "deadline_parameters" jsonb not null, "first_month" varchar(7) null, "last_month" varchar(7) null, "sent_to_inps_on" date null, "inps_export_id" uuid null, "inps_outcome_on" date null, "inps_reference" varchar(64) null, "inps_note" text null, "preliminary_assessment_on" date null, "project_signed_on" date null, "ended_on" date null, "next_due" date null, "custom_fields" jsonb not null, "created_at" timestamptz not null, "created_by" varchar(64) not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "application_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "application_tenant_id_submitted_at_id_index" on "rei"."application" ("tenant_id", "submitted_at", "id");`,
    );
    this.addSql(
      `create index "application_tenant_id_status_submitted_at_id_index" on "rei"."application" ("tenant_id", "status", "submitted_at", "id");`,
    );
    this.addSql(
      `create index "application_tenant_id_next_due_index" on "rei"."application" ("tenant_id", "next_due");`,
    );
    this.addSql(
      `create index "application_tenant_id_applicant_id_index" on "rei"."application" ("tenant_id", "applicant_id");`,
    );
    this.addSql(
      `create index "application_tenant_id_household_id_index" on "rei"."application" ("tenant_id", "household_id");`,
    );
    this.addSql(
      `create index "application_tenant_id_access_point_index" on "rei"."application" ("tenant_id", "access_point");`,
    );
    this.addSql(
      `create index "application_tenant_id_inps_export_id_index" on "rei"."application" ("tenant_id", "inps_export_id");`,
    );
    this.addSql(
      `create index "application_custom_fields_index" on "rei"."application" using gin ("custom_fields" jsonb_path_ops);`,
    );
    this.addSql(
      `alter table "rei"."application" add constraint "application_tenant_id_protocol_number_unique" unique ("tenant_id", "protocol_number");`,
    );

    this.addSql(
      `create table "rei"."event" ("id" uuid not null, "tenant_id" uuid not null, "application_id" uuid not null, "at" timestamptz not null, "by" varchar(64) not null, "action" varchar(32) not null, "from_status" varchar(16) null, "to_status" varchar(16) not null, "note" text null, constraint "event_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "event_tenant_id_application_id_at_index" on "rei"."event" ("tenant_id", "application_id", "at");`,
    );

    this.addSql(
      `create table "rei"."project" ("id" uuid not null, "tenant_id" uuid not null, "application_id" uuid not null, "assigned_to" varchar(200) null, "opened_at" date null, "problems" jsonb not null, "resources" jsonb not null, "team" jsonb not null, "preliminary_assessment_on" date null, "preliminary_assessment_outcome" text null, "in_depth_assessment_needed" boolean not null default false, "in_depth_assessment_on" date null, "in_depth_assessment_notes" text null, "goals" jsonb not null, "conditions" jsonb not null, "team_activities" jsonb not null, "network_commitments" jsonb not null, "actions" jsonb not null, "resources_involved" jsonb not null, "disbursement_from" date null, "disbursement_to" date null, "signed_at" date null, "breaches" jsonb not null, "missed_appointments" int not null default 0, "communications" jsonb not null, "custom_fields" jsonb not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "project_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "project_tenant_id_signed_at_index" on "rei"."project" ("tenant_id", "signed_at");`,
    );
    this.addSql(
      `alter table "rei"."project" add constraint "project_tenant_id_application_id_unique" unique ("tenant_id", "application_id");`,
    );

    this.addSql(
      `create table "rei"."intervention" ("id" uuid not null, "tenant_id" uuid not null, "project_id" uuid not null, "application_id" uuid not null, "position" int not null, "code" varchar(64) not null, "description" text null, "beneficiary_id" uuid not null, "beneficiary_fiscal_code" varchar(16) null, "economic" boolean not null, "siuss_service_code" varchar(16) null, "periodic" boolean not null default false, "amount" numeric(12,2) null, "monthly_amount" numeric(12,2) null, "start_date" date null, "end_date" date null, "payment_date" date null, "removed_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "intervention_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "intervention_tenant_id_project_id_position_index" on "rei"."intervention" ("tenant_id", "project_id", "position");`,
    );
    this.addSql(
      `create index "intervention_tenant_id_start_date_index" on "rei"."intervention" ("tenant_id", "start_date");`,
    );
    this.addSql(
      `create index "intervention_tenant_id_updated_at_index" on "rei"."intervention" ("tenant_id", "updated_at");`,
    );

    this.addSql(
      `alter table "rei"."event" add constraint "event_application_id_foreign" foreign key ("application_id") references "rei"."application" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "rei"."project" add constraint "project_application_id_foreign" foreign key ("application_id") references "rei"."application" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "rei"."intervention" add constraint "intervention_project_id_foreign" foreign key ("project_id") references "rei"."project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "rei"."intervention" add constraint "intervention_application_id_foreign" foreign key ("application_id") references "rei"."application" ("id") on update cascade on delete cascade;`,
    );

    for (const table of TENANT_TABLES) {
      for (const sql of tenantIsolationSql('rei', table)) this.addSql(sql);
    }

    // jsonb @> is not leakproof, so under row-level security the GIN index cannot serve a custom
    // field filter. This function runs as the schema owner, applies the transaction's tenant
    // itself (none set: no rows) and returns ids, which the list then reads under RLS as usual.
    this.addSql(`create function rei.application_custom_field_ids(p_custom jsonb)
      returns setof uuid language sql stable security definer set search_path = rei, pg_temp rows 1000
      as $$ select a.id from rei.application a
            where a.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid and a.custom_fields @> p_custom $$;`);

    // docs/domain/REI.md: an application ends when its last month passes. The hourly sweep ends them in every
    // tenant with one statement (as the owner: the service role sees one tenant at a time), and
    // records an event by «sistema» for each. Rows are locked, so concurrent sweeps end each once.
    this
      .addSql(`create function rei.end_expired_applications(p_current_month text, p_tenant uuid default null)
      returns integer language plpgsql security definer set search_path = rei, pg_temp
      as $$
      declare v_count integer;
      begin
        with due as (
          select a.id, a.tenant_id, a.status, a.last_month from rei.application a
          where a.status in ('ACCEPTED', 'SUSPENDED') and a.last_month is not null and a.last_month < p_current_month
            and (p_tenant is null or a.tenant_id = p_tenant)
          for update
        ), ended as (
          update rei.application a
             set status = 'ENDED', ended_on = ((due.last_month || '-01')::date + interval '1 month')::date,
                 next_due = null, version = a.version + 1, updated_at = now()
            from due where a.id = due.id
          returning a.id
        )
        insert into rei.event (id, tenant_id, application_id, at, by, action, from_status, to_status, note)
        select gen_random_uuid(), due.tenant_id, due.id, now(), 'sistema', 'lastMonthPassed', due.status, 'ENDED',
               'Periodo di beneficio concluso: ultimo mese ' || due.last_month
          from due join ended on ended.id = due.id;
        get diagnostics v_count = row_count;
        return v_count;
      end $$;`);
    for (const fn of FUNCTIONS) {
      // Only the rei service role may call them (default privileges grant it EXECUTE).
      this.addSql(`revoke all on function rei.${fn} from public;`);
    }
  }

  override async down(): Promise<void> {
    for (const fn of FUNCTIONS) this.addSql(`drop function if exists rei.${fn};`);
    this.addSql(`alter table "rei"."event" drop constraint "event_application_id_foreign";`);

    this.addSql(`alter table "rei"."project" drop constraint "project_application_id_foreign";`);

    this.addSql(
      `alter table "rei"."intervention" drop constraint "intervention_application_id_foreign";`,
    );

    this.addSql(
      `alter table "rei"."intervention" drop constraint "intervention_project_id_foreign";`,
    );

    this.addSql(`drop table if exists "rei"."inps_export" cascade;`);

    this.addSql(`drop table if exists "rei"."protocol_counter" cascade;`);

    this.addSql(`drop table if exists "rei"."application" cascade;`);

    this.addSql(`drop table if exists "rei"."event" cascade;`);

    this.addSql(`drop table if exists "rei"."project" cascade;`);

    this.addSql(`drop table if exists "rei"."intervention" cascade;`);

    this.addSql(`drop schema if exists "rei";`);
  }
}
