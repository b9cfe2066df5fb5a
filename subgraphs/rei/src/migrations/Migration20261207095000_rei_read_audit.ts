import { Migration } from '@mikro-orm/migrations';
import { readAuditTableSql } from '@sisa/kernel';
import { REI_READ_AUDIT } from '../domain/readAudit';

/** The read audit of operations: one row per operation that returned REI applications. */
export class Migration20261207095000_rei_read_audit extends Migration {
  override async up(): Promise<void> {
    for (const sql of readAuditTableSql('rei', REI_READ_AUDIT)) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "rei"."read_audit" cascade;`);
  }
}
