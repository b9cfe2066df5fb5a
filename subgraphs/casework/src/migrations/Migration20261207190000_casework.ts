import { Migration } from '@mikro-orm/migrations';
import { forceTenantRowSecuritySql, readAuditTableSql, tenantIsolationSql } from '@sisa/kernel';
import { CASEWORK_READ_AUDIT } from '../domain/readAudit';

/** The tenant tables of the schema: each under row-level security. */
const TENANT_TABLES = [
  'assessment',
  'case_document',
  'referral',
  'social_case',
  'case_team_member',
  'case_item',
  'diary_entry',
  'case_event',
  'case_counter',
];

/**
 * The Cartella Sociale: referrals, cases with their équipe, problems and resources, the diario
 * sociale (searchable in Italian), the history of each case and the yearly case numbers; the
 * read audit of what operations return. Every table is its tenant's only.
 */
export class Migration20261207190000_casework extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "casework"."case_counter" ("tenant_id" uuid not null, "year" int not null, "last_number" int not null, constraint "case_counter_pkey" primary key ("tenant_id", "year"));`,
    );
    this.addSql(
      `create table "casework"."case_event" ("id" uuid not null, "tenant_id" uuid not null, "case_id" uuid not null, "at" timestamptz not null, "by" varchar(200) not null, "action" varchar(20) not null, "changes" jsonb null, constraint "case_event_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "case_event_tenant_case_index" on "casework"."case_event" ("tenant_id", "case_id", "at");`,
    );
    this.addSql(
      `create table "casework"."case_item" ("id" uuid not null, "tenant_id" uuid not null, "case_id" uuid not null, "kind" varchar(10) not null, "scope" varchar(12) not null, "member_id" uuid null, "code" varchar(64) not null, "description" text null, "since" date null, "resolved_at" date null, "created_at" timestamptz not null, constraint "case_item_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "case_item_tenant_case_index" on "casework"."case_item" ("tenant_id", "case_id", "kind");`,
    );
    this.addSql(
      `create table "casework"."case_team_member" ("id" uuid not null, "tenant_id" uuid not null, "case_id" uuid not null, "user_id" uuid not null, "role" varchar(12) not null, "since" date not null, "until" date null, "position" smallint not null, constraint "case_team_member_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "case_team_member_tenant_case_index" on "casework"."case_team_member" ("tenant_id", "case_id");`,
    );
    this.addSql(
      `create index "case_team_member_tenant_user_index" on "casework"."case_team_member" ("tenant_id", "user_id");`,
    );
    this.addSql(
      `create table "casework"."diary_entry" ("id" uuid not null, "tenant_id" uuid not null, "case_id" uuid not null, "occurred_at" timestamptz not null, "kind" varchar(64) not null, "text" text not null, "author_id" uuid not null, "author_name" varchar(200) not null, "confidentiality" varchar(10) not null, "participants" text[] not null, "signed_at" timestamptz null, "amends_id" uuid null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "diary_entry_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "diary_entry_tenant_case_index" on "casework"."diary_entry" ("tenant_id", "case_id", "occurred_at");`,
    );
    this.addSql(
      `create index "diary_entry_text_search" on "casework"."diary_entry" using gin (to_tsvector('italian', "text"));`,
    );
    this.addSql(
      `create table "casework"."referral" ("id" uuid not null, "tenant_id" uuid not null, "received_at" timestamptz not null, "source" varchar(64) not null, "urgency" varchar(10) not null, "urgency_rank" smallint not null, "subject_id" uuid null, "person_description" text null, "description" text not null, "status" varchar(16) not null, "triage_note" text null, "triaged_at" timestamptz null, "triaged_by" varchar(200) null, "social_case_id" uuid null, "custom_fields" jsonb null, "created_at" timestamptz not null, "created_by" varchar(200) not null, "created_by_kind" varchar(10) not null, "created_by_id" varchar(64) not null, "version" int not null default 1, constraint "referral_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "referral_tenant_inbox_index" on "casework"."referral" ("tenant_id", "status", "urgency_rank", "received_at");`,
    );
    this.addSql(
      `create index "referral_tenant_subject_index" on "casework"."referral" ("tenant_id", "subject_id");`,
    );
    this.addSql(
      `create index "referral_tenant_creator_index" on "casework"."referral" ("tenant_id", "created_by_id");`,
    );
    this.addSql(
      `create table "casework"."social_case" ("id" uuid not null, "tenant_id" uuid not null, "number" varchar(20) not null, "subject_id" uuid not null, "household_id" uuid null, "status" varchar(10) not null, "opened_at" date not null, "closed_at" date null, "closure_reason" text null, "referral_id" uuid null, "responsible_id" uuid not null, "responsible_name" varchar(200) not null, "areas" text[] not null, "custom_fields" jsonb null, "created_at" timestamptz not null, "created_by" varchar(200) not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "social_case_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "social_case_tenant_subject_index" on "casework"."social_case" ("tenant_id", "subject_id");`,
    );
    this.addSql(
      `create index "social_case_tenant_responsible_index" on "casework"."social_case" ("tenant_id", "responsible_id", "status");`,
    );
    this.addSql(
      `create index "social_case_tenant_opened_index" on "casework"."social_case" ("tenant_id", "opened_at");`,
    );
    this.addSql(
      `alter table "casework"."social_case" add constraint "social_case_tenant_number_unique" unique ("tenant_id", "number");`,
    );
    this.addSql(
      `create unique index "social_case_one_open_per_subject" on "casework"."social_case" ("tenant_id", "subject_id") where "status" in ('OPEN', 'SUSPENDED');`,
    );
    this.addSql(
      `create table "casework"."assessment" ("id" uuid not null, "tenant_id" uuid not null, "case_id" uuid not null, "form_key" varchar(50) not null, "form_version" int not null, "answers" jsonb not null, "score" int not null, "band" varchar(300) not null, "assessed_at" date not null, "assessor_id" uuid not null, "assessor_name" varchar(200) not null, "signed_at" timestamptz null, "created_at" timestamptz not null, constraint "assessment_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "assessment_tenant_case_index" on "casework"."assessment" ("tenant_id", "case_id", "assessed_at");`,
    );
    this.addSql(
      `create table "casework"."case_document" ("id" uuid not null, "tenant_id" uuid not null, "case_id" uuid not null, "title" varchar(300) not null, "kind" varchar(64) not null, "file_name" varchar(255) not null, "content_type" varchar(100) not null, "size" bigint not null, "sha256" varchar(64) not null, "uploaded_at" timestamptz not null, "uploaded_by_id" uuid not null, "uploaded_by" varchar(200) not null, constraint "case_document_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "case_document_tenant_case_index" on "casework"."case_document" ("tenant_id", "case_id", "uploaded_at");`,
    );
    // A signed diary entry never changes nor goes away, whoever asks (it is amended by a new one).
    this
      .addSql(`create function "casework"."diary_entry_signed_immutable"() returns trigger language plpgsql as $$
      begin
        if old.signed_at is not null then
          raise exception 'Un''annotazione firmata del diario non si modifica né si cancella' using errcode = 'check_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$;`);
    this.addSql(
      `create trigger "diary_entry_signed_immutable" before update or delete on "casework"."diary_entry" for each row execute function "casework"."diary_entry_signed_immutable"();`,
    );
    this
      .addSql(`create function "casework"."assessment_signed_immutable"() returns trigger language plpgsql as $$
      begin
        if old.signed_at is not null then
          raise exception 'Una valutazione firmata non si modifica né si cancella' using errcode = 'check_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
      end $$;`);
    this.addSql(
      `create trigger "assessment_signed_immutable" before update or delete on "casework"."assessment" for each row execute function "casework"."assessment_signed_immutable"();`,
    );
    for (const table of TENANT_TABLES)
      for (const sql of tenantIsolationSql('casework', table)) this.addSql(sql);
    for (const sql of readAuditTableSql('casework', CASEWORK_READ_AUDIT)) this.addSql(sql);
    this.addSql(forceTenantRowSecuritySql('casework'));
  }

  override async down(): Promise<void> {
    for (const table of ['read_audit', ...TENANT_TABLES].reverse())
      this.addSql(`drop table if exists "casework"."${table}" cascade;`);
    this.addSql(`drop function if exists "casework"."diary_entry_signed_immutable"();`);
    this.addSql(`drop function if exists "casework"."assessment_signed_immutable"();`);
  }
}
