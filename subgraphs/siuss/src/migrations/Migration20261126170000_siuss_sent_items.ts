import { Migration } from '@mikro-orm/migrations';

/**
 * A transmission no longer rewrites the records it sends: its items say what INPS holds (see
 * entities/sentState.ts). A sent record keeps its VALID row, so the partial index of "records
 * to send" would hold every record ever sent: the transmission reads them in fiscal-code order
 * through (tenant_id, fiscal_code, id) instead, and an import maintains one index fewer.
 */
export class Migration20261126170000_siuss_sent_items extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "siuss"."social_benefit_to_send_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `create index "social_benefit_to_send_index" on "siuss"."social_benefit" ("tenant_id", "fiscal_code", "id") where "status" = 'VALID' or ("status" = 'CANCELLED' and "pending_cancellation" is not null);`,
    );
  }
}
