import { Migration } from '@mikro-orm/migrations';

/** Cases by household: REI looks for the open case of an applicant's nucleo. */
export class Migration20261207220000_casework_household_index extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "social_case_tenant_household_index" on "casework"."social_case" ("tenant_id", "household_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "casework"."social_case_tenant_household_index";`);
  }
}
