import { Migration } from '@mikro-orm/migrations';
import { forceTenantRowSecuritySql, readAuditTableSql, tenantIsolationSql } from '@sisa/kernel';
import { CASEWORK_READ_AUDIT } from '../domain/readAudit';

/** The Cartella Sociale's first tables: referrals, and the read audit of what operations return. */
export class Migration20261207190000_casework extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "casework"."referral" (
      "id" uuid not null primary key,
      "tenant_id" uuid not null,
      "received_at" timestamptz not null,
      "source" varchar(64) not null,
      "urgency" varchar(10) not null,
      "urgency_rank" smallint not null,
      "subject_id" uuid null,
      "person_description" text null,
      "description" text not null,
      "status" varchar(16) not null,
      "triage_note" text null,
      "triaged_at" timestamptz null,
      "triaged_by" varchar(200) null,
      "created_at" timestamptz not null,
      "created_by" varchar(200) not null,
      "created_by_kind" varchar(10) not null,
      "created_by_id" varchar(64) not null,
      "version" int not null default 1
    );`);
    this.addSql(
      `create index "referral_tenant_inbox_index" on "casework"."referral" ("tenant_id", "status", "urgency_rank", "received_at");`,
    );
    this.addSql(
      `create index "referral_tenant_subject_index" on "casework"."referral" ("tenant_id", "subject_id");`,
    );
    this.addSql(
      `create index "referral_tenant_creator_index" on "casework"."referral" ("tenant_id", "created_by_id");`,
    );
    for (const sql of tenantIsolationSql('casework', 'referral')) this.addSql(sql);
    for (const sql of readAuditTableSql('casework', CASEWORK_READ_AUDIT)) this.addSql(sql);
    this.addSql(forceTenantRowSecuritySql('casework'));
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "casework"."read_audit" cascade;`);
    this.addSql(`drop table if exists "casework"."referral" cascade;`);
  }
}
