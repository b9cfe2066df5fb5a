import { Migration } from '@mikro-orm/migrations';

/** Each user's own codice fiscale, proposed as CFOperatore in SIUSS transmissions. */
export class Migration20261207140000_user_fiscal_code extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "config"."app_user" add column "fiscal_code" varchar(16) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "config"."app_user" drop column "fiscal_code";`);
  }
}
