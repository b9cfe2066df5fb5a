import { Migration } from '@mikro-orm/migrations';

/** Each tenant's patron saint (`MM-DD`), a local non-working day for deadlines in working days. */
export class Migration20261207110000_tenant_calendar extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "config"."tenant" add column "patron_saint_day" varchar(5) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "config"."tenant" drop column "patron_saint_day";`);
  }
}
