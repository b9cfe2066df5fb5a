import type { IndicatorCondition, IndicatorSpec } from './spec';
import { parseGroupBy } from './spec';
import type { IndicatorField } from './vocabulary';

/**
 * How an owning subgraph reads an entity for indicators. Every string here is written by the
 * subgraph's developers; user input only ever reaches the query as bound parameters.
 */
export interface IndicatorSqlCatalog {
  /** FROM clause with an alias, e.g. `registry.subject s`. */
  from: string;
  /** Always-on condition, e.g. `s.archived_at is null`. */
  where?: string;
  /** The record's custom values column, e.g. `s.custom_fields`. */
  customFields: string;
  /** SQL expression of each built-in field of the vocabulary. */
  fields: Record<string, string>;
}

export interface CompiledIndicator {
  sql: string;
  params: unknown[];
  grouped: boolean;
}

/** Most groups an indicator returns (months of ten years, every comune of a province…). */
export const MAX_GROUPS = 200;

const CASTS = { NUMBER: 'numeric', DATE: 'date', BOOLEAN: 'boolean', TEXT: 'text' } as const;

function monthStart(today: string, monthsBack: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - monthsBack;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/**
 * Compiles a checked spec (see `checkIndicatorSpec`) into one parameterised query returning
 * rows `{ key, value, total }`: one per group plus the overall row (`total` true), or just the
 * overall row without `groupBy`. `today` (YYYY-MM-DD) anchors `lastMonths`.
 */
export function compileIndicator(
  spec: IndicatorSpec,
  catalog: IndicatorSqlCatalog,
  fields: readonly IndicatorField[],
  today: string,
): CompiledIndicator {
  const params: unknown[] = [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  const bind = (value: unknown, cast: string) => {
    params.push(value);
    return `?::${cast}`;
  };
  const expr = (name: string): { sql: string; field: IndicatorField } => {
    const field = byName.get(name);
    if (!field) throw new Error(`Campo indicatore sconosciuto: ${name}`);
    if (name.startsWith('customFields.')) {
      params.push(name.slice('customFields.'.length));
      if (field.multiple) return { sql: `(${catalog.customFields} -> ?)`, field };
      return { sql: `((${catalog.customFields} ->> ?)::${CASTS[field.type]})`, field };
    }
    const sql = catalog.fields[name];
    if (!sql) throw new Error(`Il catalogo non definisce il campo ${name}`);
    return { sql: `(${sql})`, field };
  };

  // Each expression appears once, in an inner query, so parameters bind in textual order.
  const inner: string[] = [];
  if (spec.groupBy) {
    const group = parseGroupBy(spec.groupBy);
    const granularity = group.granularity;
    const { sql } = expr(group.field);
    inner.push(
      `${granularity === 'month' ? `to_char(${sql}, 'YYYY-MM')` : granularity === 'year' ? `to_char(${sql}, 'YYYY')` : `${sql}::text`} as g`,
    );
  }
  if (spec.field) {
    const value = expr(spec.field);
    inner.push(`${value.sql}${value.field.type === 'NUMBER' ? '::numeric' : ''} as v`);
  } else inner.push('1 as v');

  const where: string[] = [];
  if (catalog.where) where.push(catalog.where);
  for (const [name, condition] of Object.entries(spec.filter ?? {}))
    where.push(conditionSql(expr(name), condition, bind));
  if (spec.period) {
    const { sql } = expr(spec.period.field);
    if (spec.period.from) where.push(`${sql} >= ${bind(spec.period.from, 'date')}`);
    if (spec.period.to) where.push(`${sql} <= ${bind(spec.period.to, 'date')}`);
    if (spec.period.lastMonths)
      where.push(`${sql} >= ${bind(monthStart(today, spec.period.lastMonths - 1), 'date')}`);
  }
  const source = `(select ${inner.join(', ')} from ${catalog.from}${where.length ? ` where ${where.join(' and ')}` : ''}) t`;
  const aggregate =
    spec.aggregate === 'COUNT'
      ? spec.field
        ? 'count(t.v)'
        : 'count(*)'
      : spec.aggregate === 'MEDIAN'
        ? 'percentile_cont(0.5) within group (order by t.v)'
        : `${spec.aggregate.toLowerCase()}(t.v)`;
  // numeric, never float8: the driver answers it as the exact decimal string (`decimalValue`).
  const rounded = spec.aggregate === 'AVG' || spec.aggregate === 'MEDIAN';
  const value = `${rounded ? `round((${aggregate})::numeric, 2)` : aggregate}::numeric as value`;

  if (!spec.groupBy)
    return { sql: `select ${value}, true as total from ${source}`, params, grouped: false };
  return {
    sql:
      `select coalesce(t.g, '') as key, ${value}, grouping(t.g) = 1 as total from ${source} ` +
      `group by grouping sets ((t.g), ()) order by total desc, key limit ${MAX_GROUPS + 1}`,
    params,
    grouped: true,
  };
}

/** A list bound as one JSON parameter (the driver would otherwise expand arrays). */
function listOf(
  values: unknown,
  cast: string,
  bind: (value: unknown, cast: string) => string,
): string {
  return `select (jsonb_array_elements_text(${bind(JSON.stringify(values), 'jsonb')}))::${cast}`;
}

function conditionSql(
  { sql, field }: { sql: string; field: IndicatorField },
  condition: IndicatorCondition,
  bind: (value: unknown, cast: string) => string,
): string {
  const cast = CASTS[field.type];
  if (condition === null || typeof condition !== 'object') {
    return field.multiple
      ? `jsonb_exists(coalesce(${sql}, '[]'::jsonb), ${bind(condition, 'text')})`
      : `${sql} = ${bind(condition, cast)}`;
  }
  const parts: string[] = [];
  for (const [op, value] of Object.entries(condition)) {
    switch (op) {
      case 'eq':
        parts.push(`${sql} = ${bind(value, cast)}`);
        break;
      case 'ne':
        parts.push(`${sql} is distinct from ${bind(value, cast)}`);
        break;
      case 'in':
        parts.push(`${sql} in (${listOf(value, cast, bind)})`);
        break;
      case 'notIn':
        parts.push(`${sql} not in (${listOf(value, cast, bind)})`);
        break;
      case 'gt':
        parts.push(`${sql} > ${bind(value, cast)}`);
        break;
      case 'gte':
        parts.push(`${sql} >= ${bind(value, cast)}`);
        break;
      case 'lt':
        parts.push(`${sql} < ${bind(value, cast)}`);
        break;
      case 'lte':
        parts.push(`${sql} <= ${bind(value, cast)}`);
        break;
      case 'isNull':
        parts.push(value ? `${sql} is null` : `${sql} is not null`);
        break;
      case 'contains':
        parts.push(`jsonb_exists(coalesce(${sql}, '[]'::jsonb), ${bind(value, 'text')})`);
        break;
    }
  }
  return parts.length ? `(${parts.join(' and ')})` : 'true';
}
