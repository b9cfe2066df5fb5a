import type { EntityDictionary, EntityMetadata, EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CURRENT_TENANT_SQL } from './tenancy';

const selectHeads = new WeakMap<EntityMetadata, string>();

/** `select <every column> from <schema>.<table>` of an entity, built once from its metadata. */
function selectHead(em: EntityManager, meta: EntityMetadata): string {
  let head = selectHeads.get(meta);
  if (!head) {
    const columns = meta.props
      .filter((prop) => prop.persist !== false && prop.fieldNames?.length)
      .flatMap((prop) => prop.fieldNames)
      .map((field) => `"${field}"`);
    const schema = meta.schema ?? em.config.get('schema');
    head = `select ${columns.join(', ')} from "${schema}"."${meta.tableName}"`;
    selectHeads.set(meta, head);
  }
  return head;
}

/**
 * Entities of a hot read path, read with a hand-written condition instead of `em.find`.
 * MikroORM builds every `em.find` anew (criteria, filters, knex compilation): about a millisecond
 * of CPU each, many times what PostgreSQL takes to answer a lookup by key, and a request that
 * reads a household with its members and ISEE makes four of them. Here only the condition (with
 * `?` placeholders, an array expanding to a list) and the order are written by hand (in column
 * names); the rows become managed
 * entities (`em.map`), as `em.find` returns them, so writes may still change them.
 *
 * A tenant-owned entity is read in the transaction's tenant only (the condition row-level
 * security also applies, written out so PostgreSQL can use the tenant-first indexes). Pending
 * changes are not flushed first, unlike `em.find`: use it where the operation has flushed its
 * writes (every write service does before it returns).
 */
export async function selectEntities<Entity extends object>(
  em: EntityManager,
  entityName: EntityName<Entity>,
  query: { where: string; params?: readonly unknown[]; orderBy?: string; lock?: 'for update' },
): Promise<Entity[]> {
  const meta = em.getMetadata().get<Entity>(entityName);
  const tenant = meta.props.some((prop) => prop.name === 'tenantId')
    ? `tenant_id = ${CURRENT_TENANT_SQL} and `
    : '';
  const order = query.orderBy ? ` order by ${query.orderBy}` : '';
  const lock = query.lock ? ` ${query.lock}` : '';
  const rows = await em.execute<EntityDictionary<Entity>[]>(
    `${selectHead(em, meta)} where ${tenant}(${query.where})${order}${lock}`,
    [...(query.params ?? [])],
  );
  return rows.map((row) => em.map(entityName, row));
}

/** The column of an entity's property, for hand-written SQL (throws on an unknown property). */
export function columnOf<Entity extends object>(
  em: EntityManager,
  entityName: EntityName<Entity>,
  property: string,
): string {
  const column = em
    .getMetadata()
    .get<Entity>(entityName)
    .props.find((p) => p.name === property)?.fieldNames?.[0];
  if (!column) throw new Error(`Proprietà sconosciuta: ${property}`);
  return `"${column}"`;
}

/**
 * A row read with hand-written SQL as a plain object of the entity's properties, with the types
 * `em.find` would give (for rows that only go back to the client: no change tracking).
 */
export function rowToProperties<Entity extends object>(
  em: EntityManager,
  entityName: EntityName<Entity>,
  row: EntityDictionary<Entity>,
): Entity {
  const meta = em.getMetadata().get<Entity>(entityName);
  return em.getComparator().mapResult<Entity>(meta.className, row) as Entity;
}
