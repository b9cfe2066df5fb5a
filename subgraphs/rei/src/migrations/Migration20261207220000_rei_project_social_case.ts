import { Migration } from '@mikro-orm/migrations';

/**
 * A REI project belongs to a cartella sociale: the case open when it was signed (casework's id;
 * another service's record, so no foreign key).
 */
export class Migration20261207220000_rei_project_social_case extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "rei"."project" add column "social_case_id" uuid null;`);
    this.addSql(
      `create index "project_tenant_id_social_case_id_index" on "rei"."project" ("tenant_id", "social_case_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "rei"."project_tenant_id_social_case_id_index";`);
    this.addSql(`alter table "rei"."project" drop column "social_case_id";`);
  }
}
