import { Migration } from '@mikro-orm/migrations';

/**
 * Transmission items are now written a million at a time, each at the place of its benefit id:
 * one index by benefit instead of two. The primary key starts with the benefit (a record's
 * transmissions, whether its version was sent, one outcome); the records of one transmission
 * are found through a BRIN index, since a transmission's items are written together, one
 * block after another.
 */
export class Migration20261126180000_siuss_item_keys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "siuss"."transmission_item_tenant_benefit_index";`);
    this.addSql(
      `alter table "siuss"."transmission_item" drop constraint "transmission_item_pkey";`,
    );
    this.addSql(
      `alter table "siuss"."transmission_item" add constraint "transmission_item_pkey" primary key ("benefit_id", "transmission_id");`,
    );
    this.addSql(
      `create index "transmission_item_transmission_brin" on "siuss"."transmission_item" using brin ("transmission_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "siuss"."transmission_item_transmission_brin";`);
    this.addSql(
      `alter table "siuss"."transmission_item" drop constraint "transmission_item_pkey";`,
    );
    this.addSql(
      `alter table "siuss"."transmission_item" add constraint "transmission_item_pkey" primary key ("transmission_id", "benefit_id");`,
    );
    this.addSql(
      `create index "transmission_item_tenant_benefit_index" on "siuss"."transmission_item" ("tenant_id", "benefit_id");`,
    );
  }
}
