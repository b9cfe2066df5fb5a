import { isIsoDate } from './dates';

export type IndicatorFieldType = 'TEXT' | 'NUMBER' | 'DATE' | 'BOOLEAN';

/** A field an indicator may aggregate, filter, group or date by. */
export interface IndicatorField {
  name: string;
  label: string;
  type: IndicatorFieldType;
  /** Multi-valued (MULTI_SELECT): filterable with `contains`, never grouped or aggregated. */
  multiple?: boolean;
}

/** The operators of an indicator's condition on one field. */
export const INDICATOR_OPERATORS = [
  'eq',
  'ne',
  'in',
  'notIn',
  'gt',
  'gte',
  'lt',
  'lte',
  'isNull',
  'contains',
] as const;
export type IndicatorOperator = (typeof INDICATOR_OPERATORS)[number];

const OPERATORS: ReadonlySet<string> = new Set(INDICATOR_OPERATORS);
const ORDERED: ReadonlySet<string> = new Set(['gt', 'gte', 'lt', 'lte']);

/** The most values an `in` or `notIn` condition takes. */
export const MAX_CONDITION_VALUES = 100;
/** The longest text a condition compares with. */
export const MAX_CONDITION_TEXT = 200;

/** Whether a value suits a (single-valued) field's type. */
export function conditionValueFits(field: IndicatorField, value: unknown): boolean {
  switch (field.type) {
    case 'NUMBER':
      return typeof value === 'number' && Number.isFinite(value);
    case 'BOOLEAN':
      return typeof value === 'boolean';
    case 'DATE':
      return typeof value === 'string' && isIsoDate(value);
    case 'TEXT':
      return typeof value === 'string' && value.length <= MAX_CONDITION_TEXT;
  }
}

/** One thing wrong with an indicator's filter: on the filter's entry `name`, or ('') the whole. */
export interface ConditionProblem {
  name: string;
  /** The entry's field, when the entity has it. */
  field?: IndicatorField;
  message: string;
}

/** Why a filter that is not an object of conditions is refused. */
export const FILTER_NOT_AN_OBJECT = 'Il filtro deve essere un oggetto campo → condizione';

/**
 * What is wrong with an indicator's filter (`{ field: condition }`, all of which must hold) for
 * the entity's fields, in Italian: the rule of the server (which refuses such an indicator) and of
 * the console (which says it before anything is sent). Null is no filter; nothing wrong is [].
 */
export function conditionProblems(
  filter: unknown,
  fields: readonly IndicatorField[],
): ConditionProblem[] {
  if (filter == null) return [];
  if (typeof filter !== 'object' || Array.isArray(filter))
    return [{ name: '', message: FILTER_NOT_AN_OBJECT }];
  const problems: ConditionProblem[] = [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const [name, condition] of Object.entries(filter as Record<string, unknown>)) {
    const field = byName.get(name);
    if (!field) {
      problems.push({ name, message: `Campo «${name}» non disponibile per questo tipo di dato` });
      continue;
    }
    const add = (message: string) => problems.push({ name, field, message });
    if (condition === null || typeof condition !== 'object') {
      if (field.multiple ? typeof condition !== 'string' : !conditionValueFits(field, condition))
        add('Valore non adatto al tipo del campo');
      continue;
    }
    if (Array.isArray(condition)) {
      add('Per più valori usare { "in": [ … ] }');
      continue;
    }
    for (const [op, value] of Object.entries(condition as Record<string, unknown>)) {
      if (!OPERATORS.has(op)) add(`Operatore sconosciuto «${op}»`);
      else if (op === 'isNull') {
        if (typeof value !== 'boolean') add('«isNull» vuole true o false');
      } else if (op === 'contains') {
        if (!field.multiple || typeof value !== 'string')
          add('«contains» vale solo per i campi a scelta multipla');
      } else if (field.multiple) add('Per un campo a scelta multipla usare «contains»');
      else if (op === 'in' || op === 'notIn') {
        if (
          !Array.isArray(value) ||
          value.length === 0 ||
          value.length > MAX_CONDITION_VALUES ||
          !value.every((v) => conditionValueFits(field, v))
        )
          add(`«${op}» vuole da 1 a ${MAX_CONDITION_VALUES} valori adatti al campo`);
      } else if (ORDERED.has(op) && field.type !== 'NUMBER' && field.type !== 'DATE')
        add(`«${op}» vale solo per numeri e date`);
      else if (!conditionValueFits(field, value)) add('Valore non adatto al tipo del campo');
    }
  }
  return problems;
}
