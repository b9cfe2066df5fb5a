import { Migration } from '@mikro-orm/migrations';
import { readAuditTableSql } from '@sisa/kernel';
import { REGISTRY_READ_AUDIT } from '../domain/readAudit';

/** The read audit of operations: one row per operation that returned subjects or households. */
export class Migration20261207100000_registry_read_audit extends Migration {
  override async up(): Promise<void> {
    for (const sql of readAuditTableSql('registry', REGISTRY_READ_AUDIT)) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "registry"."read_audit" cascade;`);
  }
}
