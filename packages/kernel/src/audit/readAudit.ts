import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal } from '../auth/principal';
import type { RequestContext } from '../subgraph/context';

/** What a subgraph audits: the entity types whose records it returns, and its special fields. */
export interface ReadAuditSettings {
  /** Entity types with a `<snake_case>_ids uuid[]` column in the subgraph's `read_audit` table. */
  types: readonly string[];
  /**
   * `Type.field` pairs that carry special-category data (health, disability, ISEE, REI…): the
   * ones an operation selects are written in `special_fields`.
   */
  specialCategoryFields: readonly string[];
}

/** Who read, in which request: everything of a `read_audit` row besides what was read. */
export interface ReadAuditReader {
  tenantId: string;
  principal: Principal;
  /** The gateway's request id (never the caller's). */
  requestId: string;
  /** The caller's own `X-Request-Id`, kept for correlation only. */
  correlationId: string | null;
  operation: string | null;
  rootFields: readonly string[];
  specialFields: readonly string[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** `SocialBenefit` → `social_benefit_ids`: the column of a type's record ids. */
export function readAuditColumn(type: string): string {
  return `${type.replace(/(?<=[a-z0-9])([A-Z])/g, '_$1').toLowerCase()}_ids`;
}

/** A PostgreSQL array literal of uuids (only well-formed ones: they come from our own rows). */
function uuidArray(ids: Iterable<string>): string {
  const valid = [...ids].filter((id) => UUID.test(id));
  return `{${valid.join(',')}}`;
}

function textArray(values: readonly string[]): string {
  return JSON.stringify(values);
}

/**
 * The records an operation returned, collected while it runs (`recordRead`, a Set insert per id)
 * and written at its end as ONE `read_audit` row, in the operation's transaction: a page of 200
 * records costs one statement, not one per record.
 */
export class ReadAudit {
  private readonly reads = new Map<string, Set<string>>();

  constructor(private readonly settings: ReadAuditSettings | undefined) {}

  /** Notes that the operation returns these records of `type` (ids of null records are ignored). */
  recordRead(type: string, ids: Iterable<string | null | undefined>): void {
    for (const id of ids) this.recordOne(type, id);
  }

  /** Notes that the operation returns the record `id` of `type`. */
  recordOne(type: string, id: string | null | undefined): void {
    if (!this.settings || !id) return;
    let set = this.reads.get(type);
    if (!set) {
      if (!this.settings.types.includes(type))
        throw new Error(`Tipo non previsto dal registro delle letture: ${type}`);
      this.reads.set(type, (set = new Set()));
    }
    set.add(id);
  }

  /** Whether anything was read (an operation that returned no record writes no row). */
  get isEmpty(): boolean {
    for (const set of this.reads.values()) if (set.size > 0) return false;
    return true;
  }

  /** The ids noted for `type`, in order of first read. */
  idsOf(type: string): string[] {
    return [...(this.reads.get(type) ?? [])];
  }

  /** Writes the operation's row (nothing when nothing was read) and forgets what it wrote. */
  async write(em: EntityManager, schema: string, reader: ReadAuditReader): Promise<void> {
    if (!this.settings || this.isEmpty) return;
    const types = this.settings.types;
    const columns = types.map(readAuditColumn);
    await em.execute(
      `insert into "${schema}"."read_audit" (tenant_id, at, request_id, correlation_id, operation, root_fields,
         actor_kind, actor_id, actor, special_fields, ${columns.join(', ')})
       values (?, now(), ?, ?, ?, array(select jsonb_array_elements_text(?::jsonb)), ?, ?, ?,
         array(select jsonb_array_elements_text(?::jsonb)), ${columns.map(() => '?::uuid[]').join(', ')})`,
      [
        reader.tenantId,
        reader.requestId,
        reader.correlationId,
        reader.operation?.slice(0, 200) ?? null,
        textArray(reader.rootFields),
        reader.principal.kind,
        reader.principal.subjectId,
        reader.principal.name,
        textArray(reader.specialFields),
        ...types.map((type) => uuidArray(this.reads.get(type) ?? [])),
      ],
    );
    this.reads.clear();
  }
}

/**
 * Writes one `read_audit` row for a read outside GraphQL (a file download: `what` says which),
 * in `em`'s transaction: `records` by type, `specialFields` the kinds of data the file holds.
 */
export async function auditFileRead(
  em: EntityManager,
  schema: string,
  settings: ReadAuditSettings,
  reader: Pick<ReadAuditReader, 'tenantId' | 'principal' | 'requestId' | 'correlationId'>,
  what: string,
  records: Record<string, readonly string[]>,
  specialFields: readonly string[] = [],
): Promise<void> {
  const audit = new ReadAudit(settings);
  for (const [type, ids] of Object.entries(records)) audit.recordRead(type, ids);
  await audit.write(em, schema, { ...reader, operation: null, rootFields: [what], specialFields });
}

/**
 * The `__isTypeOf` of a GraphQL type whose objects are personal records: graphql-js calls it for
 * every object of that type the operation returns, whichever way (a list, a single read, a
 * federation reference, a nested field, a mutation's answer), so each one is noted for the
 * operation's `read_audit` row under `type` (for a part of a record, its owner's type and id).
 */
export function auditedAs<T>(type: string, idOf: (record: T) => string | null | undefined) {
  return (record: T, ctx: RequestContext<unknown>): boolean => {
    ctx.audit.recordOne(type, idOf(record));
    return true;
  };
}
