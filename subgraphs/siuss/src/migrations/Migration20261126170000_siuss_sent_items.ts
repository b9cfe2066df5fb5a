import { Migration } from '@mikro-orm/migrations';

/**
 * A transmission no longer rewrites the records it sends: its items say what INPS holds (see
 * entities/sentState.ts). A sent record keeps its VALID row, so the partial index of "records
 * to send" would hold every record ever sent: the transmission reads them in fiscal-code order
 * through the fiscal-code index instead, and an import maintains one index fewer.
 *
 * That index loses its trailing id: nothing reads by it (a person's records sort by creation,
 * a transmission sorts the few records of one person by id as it goes), and without it the
 * entries of one person share one posting list (deduplication). At a million records it is a
 * fraction of its size, written at random places by every import: it was most of an import's
 * time in PostgreSQL.
 */
export class Migration20261126170000_siuss_sent_items extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "siuss"."social_benefit_to_send_index";`);
    this.addSql(`drop index "siuss"."social_benefit_tenant_fiscal_code_index";`);
    this.addSql(
      `create index "social_benefit_tenant_fiscal_code_index" on "siuss"."social_benefit" ("tenant_id", "fiscal_code");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "siuss"."social_benefit_tenant_fiscal_code_index";`);
    this.addSql(
      `create index "social_benefit_tenant_fiscal_code_index" on "siuss"."social_benefit" ("tenant_id", "fiscal_code", "id");`,
    );
    this.addSql(
      `create index "social_benefit_to_send_index" on "siuss"."social_benefit" ("tenant_id", "fiscal_code", "id") where "status" = 'VALID' or ("status" = 'CANCELLED' and "pending_cancellation" is not null);`,
    );
  }
}
