import { defineEntity, p, type EntitySchema } from '@mikro-orm/core';
import { POLICY_TENANT_SQL } from '../db/tenancy';
import { readAuditColumn, type ReadAuditSettings } from './readAudit';

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The subgraph's `read_audit` entity: one row per GraphQL operation that returned personal data
 * (who, when, the gateway's request id, the records by type, the special-category fields
 * selected). A new schema object per subgraph: each ORM owns its metadata.
 */
export function readAuditEntity(settings: ReadAuditSettings): EntitySchema {
  const properties: Record<string, unknown> = {
    id: p.bigint('string').primary().autoincrement(),
    tenantId: p.uuid(),
    at: p.datetime(),
    requestId: p.string().length(64),
    correlationId: p.string().length(64).nullable(),
    operation: p.string().length(200).nullable(),
    rootFields: p.array().columnType('text[]'),
    /** user or client. */
    actorKind: p.string().length(10),
    actorId: p.string().length(64),
    /** Username or API client name. */
    actor: p.string().length(200),
    specialFields: p.array().columnType('text[]'),
  };
  for (const type of settings.types) {
    properties[camel(readAuditColumn(type))] = p.array().columnType('uuid[]');
  }
  return defineEntity({
    name: 'ReadAudit',
    tableName: 'read_audit',
    properties: properties as never,
    indexes: [{ name: 'read_audit_tenant_at_index', properties: ['tenantId', 'at'] as never }],
  }) as unknown as EntitySchema;
}

/**
 * Migration SQL that makes an audit table append-only for the services: row-level security lets
 * a session read and add rows of its own tenant and change or delete none (no policy allows it),
 * whatever privileges the tables of the schema are granted.
 */
export function appendOnlyAuditSql(schema: string, table: string): string[] {
  const qualified = `"${schema}"."${table}"`;
  return [
    `alter table ${qualified} enable row level security;`,
    `create policy tenant_read on ${qualified} for select using (tenant_id = ${POLICY_TENANT_SQL});`,
    `create policy tenant_append on ${qualified} for insert with check (tenant_id = ${POLICY_TENANT_SQL});`,
  ];
}

/** Migration SQL of the subgraph's `read_audit` table: append-only, each tenant its own rows. */
export function readAuditTableSql(schema: string, settings: ReadAuditSettings): string[] {
  const ids = settings.types.map((type) => `"${readAuditColumn(type)}" uuid[] not null`);
  return [
    `create table "${schema}"."read_audit" ("id" bigserial primary key, "tenant_id" uuid not null, "at" timestamptz not null, "request_id" varchar(64) not null, "correlation_id" varchar(64) null, "operation" varchar(200) null, "root_fields" text[] not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor" varchar(200) not null, "special_fields" text[] not null, ${ids.join(', ')});`,
    `create index "read_audit_tenant_at_index" on "${schema}"."read_audit" ("tenant_id", "at");`,
    ...appendOnlyAuditSql(schema, 'read_audit'),
  ];
}
