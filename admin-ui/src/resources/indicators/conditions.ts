// An indicator's conditions (`filter`) as rows a person builds — field, operator, value — and
// back. The contract's condition language (@sisa/rules, indicatorConditions.ts) is an object
// field → condition whose conditions must ALL hold: there is no OR, so the rows are joined by AND.

import { conditionProblems, type IndicatorOperator } from '@sisa/rules';
import type { IndicatorField } from '../fieldDefinitions/useIndicatorFields';

/** The contract's operators, `isNull: false` as a row of its own. */
export type Operator = IndicatorOperator | 'notNull';

export interface ConditionRow {
  field: string;
  operator: Operator | '';
  value: unknown;
}

export const OPERATOR_LABELS: Record<Operator, string> = {
  eq: 'è uguale a',
  ne: 'è diverso da',
  in: 'è uno tra',
  notIn: 'non è nessuno tra',
  gt: 'è maggiore di',
  gte: 'è almeno',
  lt: 'è minore di',
  lte: 'è al massimo',
  contains: 'comprende',
  isNull: 'non è indicato',
  notNull: 'è indicato',
};

const DATE_LABELS: Partial<Record<Operator, string>> = {
  eq: 'è il',
  ne: 'non è il',
  gt: 'è dopo il',
  gte: 'è dal',
  lt: 'è prima del',
  lte: 'è fino al',
};

/** The operator's words for the field's type (dates read "dal", "fino al"). */
export const operatorLabel = (field: IndicatorField | undefined, operator: Operator) =>
  (field?.type === 'DATE' && DATE_LABELS[operator]) || OPERATOR_LABELS[operator];

/** The operators that suit a field. */
export function operatorsFor(field: IndicatorField | undefined): Operator[] {
  if (!field) return [];
  if (field.multiple) return ['contains', 'isNull', 'notNull'];
  switch (field.type) {
    case 'BOOLEAN':
      return ['eq', 'isNull', 'notNull'];
    case 'NUMBER':
    case 'DATE':
      return ['eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'isNull', 'notNull'];
    case 'TEXT':
    default:
      return ['eq', 'ne', 'in', 'notIn', 'isNull', 'notNull'];
  }
}

export const takesNoValue = (operator: Operator | '') =>
  operator === 'isNull' || operator === 'notNull';
export const takesList = (operator: Operator | '') => operator === 'in' || operator === 'notIn';

const isBlank = (value: unknown) =>
  value === undefined ||
  value === null ||
  value === '' ||
  (typeof value === 'number' && Number.isNaN(value)) ||
  (Array.isArray(value) && value.length === 0);

/** A row with a field, an operator and (when it needs one) a value. */
export const isComplete = (row: ConditionRow) =>
  Boolean(row.field && row.operator) && (takesNoValue(row.operator) || !isBlank(row.value));

/** The contract's filter → rows (`{"sex": "F"}` is "Sesso è uguale a F"). */
export function filterToRows(filter: unknown): ConditionRow[] {
  if (!filter || typeof filter !== 'object' || Array.isArray(filter)) return [];
  const rows: ConditionRow[] = [];
  for (const [field, condition] of Object.entries(filter as Record<string, unknown>)) {
    if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) {
      rows.push({ field, operator: 'eq', value: condition });
      continue;
    }
    for (const [op, value] of Object.entries(condition as Record<string, unknown>)) {
      if (op === 'isNull')
        rows.push({ field, operator: value ? 'isNull' : 'notNull', value: null });
      else rows.push({ field, operator: op as Operator, value });
    }
  }
  return rows;
}

/** Complete rows → the contract's filter (null when there is none); incomplete rows are left out. */
export function rowsToFilter(rows: readonly ConditionRow[]): Record<string, unknown> | null {
  const filter: Record<string, Record<string, unknown>> = {};
  for (const row of rows.filter(isComplete)) {
    const condition = (filter[row.field] ??= {});
    if (takesNoValue(row.operator)) condition.isNull = row.operator === 'isNull';
    else condition[row.operator] = row.value;
  }
  return Object.keys(filter).length ? filter : null;
}

/** Rows that say the same field and operator as an earlier one (only the last one counts). */
export function repeatedRows(rows: readonly ConditionRow[]): Set<number> {
  const seen = new Map<string, number>();
  const repeated = new Set<number>();
  rows.forEach((row, index) => {
    if (!isComplete(row)) return;
    const op = takesNoValue(row.operator) ? 'isNull' : row.operator;
    const key = `${row.field}\u0000${op}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) repeated.add(earlier);
    seen.set(key, index);
  });
  return repeated;
}

/**
 * What is wrong with a filter for these fields, in Italian, or null: the server's own rule
 * (@sisa/rules), so the advanced view says it before anything is sent. The first problem only,
 * named by the field's label.
 */
export function filterProblem(filter: unknown, fields: readonly IndicatorField[]): string | null {
  if (filter !== null && (typeof filter !== 'object' || Array.isArray(filter)))
    return 'Le condizioni sono un oggetto JSON: { "campo": condizione, … }';
  const [problem] = conditionProblems(filter, fields);
  if (!problem) return null;
  return problem.field ? `«${problem.field.label}»: ${problem.message}` : problem.message;
}

/** The advanced view's text → the filter, or the reason it cannot be one (in Italian). */
export function parseFilterText(
  text: string,
  fields: readonly IndicatorField[],
): { filter: Record<string, unknown> | null; problem: null } | { filter?: never; problem: string } {
  if (!text.trim()) return { filter: null, problem: null };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: 'JSON non valido: controlla virgolette, virgole e parentesi' };
  }
  const problem = filterProblem(parsed, fields);
  return problem
    ? { problem }
    : { filter: parsed as Record<string, unknown> | null, problem: null };
}
