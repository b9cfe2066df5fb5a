import { conditionProblems, isIsoDate, type IndicatorField } from '@sisa/rules';
import type { FieldError } from '../errors';
import type { ConfigurableEntity } from '../customFields/definitions';

export const AGGREGATES = ['COUNT', 'SUM', 'AVG', 'MEDIAN', 'MIN', 'MAX'] as const;
export type Aggregate = (typeof AGGREGATES)[number];

/** A condition on one field: a value (equality) or operators, all of which must hold. */
export type IndicatorCondition =
  | string
  | number
  | boolean
  | {
      eq?: string | number | boolean;
      ne?: string | number | boolean;
      in?: (string | number)[];
      notIn?: (string | number)[];
      gt?: string | number;
      gte?: string | number;
      lt?: string | number;
      lte?: string | number;
      isNull?: boolean;
      contains?: string;
    };

/** Restricts an indicator to a period on one of the entity's date fields. */
export interface IndicatorPeriod {
  field: string;
  from?: string | null;
  to?: string | null;
  /** The last N calendar months, this one included. */
  lastMonths?: number | null;
}

/**
 * What an indicator computes: `aggregate` of `field` over the entity's records that match
 * `filter` (all conditions) within `period`, optionally by `groupBy` — a field, or a date field
 * with `:month` / `:year`.
 */
export interface IndicatorSpec {
  entity: ConfigurableEntity;
  aggregate: Aggregate;
  field?: string | null;
  filter?: Record<string, IndicatorCondition> | null;
  groupBy?: string | null;
  period?: IndicatorPeriod | null;
}

export const MAX_LAST_MONTHS = 120;

/** Splits `field:month` into the field and its date granularity. */
export function parseGroupBy(groupBy: string): {
  field: string;
  granularity: 'month' | 'year' | null;
} {
  const match = /^(.*):(month|year)$/.exec(groupBy);
  return match
    ? { field: match[1]!, granularity: match[2] as 'month' | 'year' }
    : { field: groupBy, granularity: null };
}

/**
 * Checks a spec against the fields of its entity (built-in and custom): every problem is a field
 * error in Italian on `input.<part>`. A valid spec compiles to SQL; an invalid one never does.
 */
export function checkIndicatorSpec(
  spec: IndicatorSpec,
  fields: readonly IndicatorField[],
  prefix = 'input.',
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field: prefix + field, message });
  const byName = new Map(fields.map((f) => [f.name, f]));
  const known = (name: string, part: string): IndicatorField | undefined => {
    const found = byName.get(name);
    if (!found) add(part, `Campo «${name}» non disponibile per questo tipo di dato`);
    return found;
  };

  if (!(AGGREGATES as readonly string[]).includes(spec.aggregate))
    add('aggregate', 'Aggregazione non valida');
  if (spec.aggregate === 'COUNT') {
    if (spec.field) {
      const f = known(spec.field, 'field');
      if (f?.multiple) add('field', 'Un campo a scelta multipla non si può contare');
    }
  } else if (!spec.field) {
    add('field', 'Indicare il campo da aggregare');
  } else {
    const f = known(spec.field, 'field');
    if (f && (f.type !== 'NUMBER' || f.multiple))
      add('field', 'Si possono sommare, mediare o confrontare solo campi numerici');
  }

  if (spec.groupBy) {
    const { field, granularity } = parseGroupBy(spec.groupBy);
    const f = known(field, 'groupBy');
    if (f?.multiple) add('groupBy', 'Non si può raggruppare per un campo a scelta multipla');
    if (f && granularity && f.type !== 'DATE')
      add('groupBy', 'Mese e anno si usano solo con campi data');
    if (f && !granularity && f.type === 'DATE')
      add('groupBy', 'Per un campo data indicare «:month» o «:year»');
  }

  // The filter's rule is the console's too (@sisa/rules).
  for (const problem of conditionProblems(spec.filter, fields))
    add(problem.name ? `filter.${problem.name}` : 'filter', problem.message);

  if (spec.period) {
    const f = known(spec.period.field, 'period.field');
    if (f && f.type !== 'DATE') add('period.field', 'Il periodo si applica a un campo data');
    for (const bound of ['from', 'to'] as const) {
      const value = spec.period[bound];
      if (value != null && !isIsoDate(value))
        add(`period.${bound}`, 'Data non valida (AAAA-MM-GG)');
    }
    const last = spec.period.lastMonths;
    if (last != null && (!Number.isInteger(last) || last < 1 || last > MAX_LAST_MONTHS))
      add('period.lastMonths', `Da 1 a ${MAX_LAST_MONTHS} mesi`);
    if (spec.period.from == null && spec.period.to == null && last == null)
      add('period', 'Indicare un intervallo o gli ultimi mesi');
  }
  return errors;
}
