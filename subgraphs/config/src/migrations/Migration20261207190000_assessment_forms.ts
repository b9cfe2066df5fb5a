import { Migration } from '@mikro-orm/migrations';
import { systemFunctionsSql, tenantIsolationSql } from '@sisa/kernel';

/**
 * The tenants' assessment forms (valutazioni multidimensionali, CASEWORK.md), one row per
 * version: a version never changes, a changed form is the next one. Row-level security per
 * statement and forced, like every tenant table of the schema; the system role gets the table
 * like the others (`systemFunctionsSql` with no functions only grants and adds its policy).
 */
export class Migration20261207190000_assessment_forms extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "config"."assessment_form" ("id" uuid not null, "tenant_id" uuid not null, "key" varchar(50) not null, "version" int not null, "label" varchar(300) not null, "items" jsonb not null, "bands" jsonb not null, "created_at" timestamptz not null, "created_by" varchar(64) not null, constraint "assessment_form_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "config"."assessment_form" add constraint "assessment_form_tenant_id_key_version_unique" unique ("tenant_id", "key", "version");`,
    );
    for (const sql of tenantIsolationSql('config', 'assessment_form')) this.addSql(sql);
    this.addSql(systemFunctionsSql('config', []));
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "config"."assessment_form" cascade;`);
  }
}
