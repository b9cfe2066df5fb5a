import { Migration } from '@mikro-orm/migrations';
import { appendOnlyAuditSql, CURRENT_TENANT_SQL, readAuditTableSql } from '@sisa/kernel';
import { REGISTRY_READ_AUDIT } from '../domain/readAudit';

/**
 * The read audit of operations: one row per operation that returned subjects or households. The
 * per-subject access log becomes append-only too (it allowed the service to change its rows).
 */
export class Migration20261207095000_registry_read_audit extends Migration {
  override async up(): Promise<void> {
    for (const sql of readAuditTableSql('registry', REGISTRY_READ_AUDIT)) this.addSql(sql);
    this.addSql(`drop policy tenant_isolation on "registry"."subject_access";`);
    for (const sql of appendOnlyAuditSql('registry', 'subject_access')) this.addSql(sql);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "registry"."read_audit" cascade;`);
    this.addSql(`drop policy tenant_read on "registry"."subject_access";`);
    this.addSql(`drop policy tenant_append on "registry"."subject_access";`);
    this.addSql(
      `create policy tenant_isolation on "registry"."subject_access" using (tenant_id = ${CURRENT_TENANT_SQL}) with check (tenant_id = ${CURRENT_TENANT_SQL});`,
    );
  }
}
