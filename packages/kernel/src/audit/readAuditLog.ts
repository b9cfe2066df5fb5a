import type { EntityManager } from '@mikro-orm/postgresql';
import { tenantOf, type RequestContext } from '../subgraph/context';
import { pageOf, toLimitOffset, type PageArgs } from '../graphql/pagination';
import { readAuditColumn, type ReadAuditSettings } from './readAudit';
import type { ScopeDomain } from '../auth/principal';

export interface ReadAuditFilter {
  requestId?: string | null;
  actor?: string | null;
  recordId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/** One row of a read-audit log as `<service>ReadAuditLog` answers it (`ReadAuditEntry`). */
export interface ReadAuditEntry {
  id: string;
  service: string;
  at: Date;
  requestId: string;
  correlationId: string | null;
  operation: string | null;
  rootFields: string[];
  actorKind: string;
  actorId: string;
  actor: string;
  specialFields: string[];
  records: { type: string; ids: string[] }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Row = Record<string, unknown> & { id: string };

/** A page of the tenant's `read_audit` rows, newest first (the tenant-first index serves it). */
async function listReadAudit(
  em: EntityManager,
  schema: string,
  settings: ReadAuditSettings,
  tenantId: string,
  filter: ReadAuditFilter,
  limit: number,
  offset: number,
): Promise<{ items: ReadAuditEntry[]; total: number }> {
  if (filter.recordId && !UUID.test(filter.recordId)) return { items: [], total: 0 };
  const columns = settings.types.map(readAuditColumn);
  const where = ['tenant_id = ?'];
  const params: unknown[] = [tenantId];
  for (const [column, value] of [
    ['request_id = ?', filter.requestId],
    ['actor = ?', filter.actor],
    ['at >= ?', filter.from],
    ['at <= ?', filter.to],
  ] as const) {
    if (value) {
      where.push(column);
      params.push(value);
    }
  }
  if (filter.recordId) {
    where.push(`(${columns.map((c) => `?::uuid = any(${c})`).join(' or ')})`);
    params.push(...columns.map(() => filter.recordId));
  }
  const from = `from "${schema}"."read_audit" where ${where.join(' and ')}`;
  const [{ total }] = (await em.execute(`select count(*)::int as total ${from}`, params)) as [
    { total: number },
  ];
  const rows = (await em.execute(
    `select id, at, request_id, correlation_id, operation, root_fields, actor_kind, actor_id, actor,
       special_fields, ${columns.join(', ')} ${from} order by at desc, id desc limit ? offset ?`,
    [...params, limit, offset],
  )) as Row[];
  const items = rows.map((row) => ({
    id: String(row.id),
    service: schema,
    at: row.at as Date,
    requestId: row.request_id as string,
    correlationId: row.correlation_id as string | null,
    operation: row.operation as string | null,
    rootFields: row.root_fields as string[],
    actorKind: row.actor_kind as string,
    actorId: row.actor_id as string,
    actor: row.actor as string,
    specialFields: row.special_fields as string[],
    records: settings.types
      .map((type) => ({ type, ids: (row[readAuditColumn(type)] as string[]) ?? [] }))
      .filter((r) => r.ids.length > 0),
  }));
  return { items, total };
}

/**
 * The query resolver of a subgraph's read-audit log (`<service>ReadAuditLog`): the tenant's
 * admins read who read what, and when.
 */
export function readAuditLogResolver(schema: ScopeDomain, settings: ReadAuditSettings) {
  return async (
    _: unknown,
    args: PageArgs & { filter?: ReadAuditFilter | null },
    ctx: RequestContext<unknown>,
  ) => {
    // Who read which records is itself about people: a platform admin needs a support grant.
    const tenantId = tenantOf(ctx, { admin: 'tenant', domain: schema });
    const { limit, offset } = toLimitOffset(args);
    const page = await listReadAudit(
      ctx.em,
      schema,
      settings,
      tenantId,
      args.filter ?? {},
      limit,
      offset,
    );
    return pageOf(args, page.items, page.total);
  };
}
