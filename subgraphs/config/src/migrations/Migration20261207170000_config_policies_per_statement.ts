import { Migration } from '@mikro-orm/migrations';
import { tenantPoliciesPerRowSql, tenantPoliciesPerStatementSql } from '@sisa/kernel';

/**
 * The row-level security policies of the schema read the transaction's tenant once per
 * statement instead of once per row (kernel POLICY_TENANT_SQL): same rows, less work on every
 * scan, insert and update.
 */
export class Migration20261207170000_config_policies_per_statement extends Migration {
  override async up(): Promise<void> {
    for (const sql of tenantPoliciesPerStatementSql('config')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const sql of tenantPoliciesPerRowSql('config')) this.addSql(sql);
  }
}
