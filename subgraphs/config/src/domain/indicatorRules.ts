import { FILTER_NOT_AN_OBJECT } from '@sisa/rules';
import {
  checkIndicatorSpec,
  type FieldError,
  type IndicatorCondition,
  type IndicatorField,
  type IndicatorSpec,
} from '@sisa/kernel';
import type { IndicatorInput as GeneratedIndicatorInput } from '../generated/resolvers';

/** An indicator as the API receives it (`IndicatorInput`). */
export type IndicatorInput = GeneratedIndicatorInput;

export interface IndicatorValues {
  key: string;
  label: string;
  unit: string | null;
  target: number | null;
  position: number | null;
  spec: IndicatorSpec;
}

export const INDICATOR_KEY_PATTERN = /^[a-z][a-z0-9_]{1,63}$/;

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** The spec part of an indicator, with empty parts dropped. */
export function specOf(
  input: Pick<IndicatorInput, 'entity' | 'aggregate' | 'field' | 'filter' | 'groupBy' | 'period'>,
): IndicatorSpec {
  const filter =
    input.filter && typeof input.filter === 'object' && Object.keys(input.filter).length
      ? (input.filter as Record<string, IndicatorCondition>)
      : null;
  const period = input.period
    ? {
        field: input.period.field,
        from: input.period.from ?? null,
        to: input.period.to ?? null,
        lastMonths: input.period.lastMonths ?? null,
      }
    : null;
  return {
    entity: input.entity,
    aggregate: input.aggregate,
    field: blankToNull(input.field),
    filter,
    groupBy: blankToNull(input.groupBy),
    period,
  };
}

/** Checks the spec against the entity's fields (built-in and custom). */
export function checkSpec(
  input: IndicatorInput,
  fields: readonly IndicatorField[],
): { spec: IndicatorSpec; errors: FieldError[] } {
  const errors: FieldError[] = [];
  if (input.filter != null && (typeof input.filter !== 'object' || Array.isArray(input.filter))) {
    errors.push({ field: 'input.filter', message: FILTER_NOT_AN_OBJECT });
    return { spec: specOf({ ...input, filter: null }), errors };
  }
  const spec = specOf(input);
  errors.push(...checkIndicatorSpec(spec, fields));
  return { spec, errors };
}

/** Checks a whole indicator (key, label, unit, target and spec). */
export function checkIndicator(
  input: IndicatorInput,
  fields: readonly IndicatorField[],
): { values: IndicatorValues; errors: FieldError[] } {
  const key = input.key.trim();
  const label = input.label.trim();
  const unit = blankToNull(input.unit);
  const { spec, errors } = checkSpec(input, fields);
  if (!INDICATOR_KEY_PATTERN.test(key))
    errors.unshift({
      field: 'input.key',
      message: 'Chiave non valida: lettere minuscole, cifre e trattino basso, da 2 a 64 caratteri',
    });
  if (!label || label.length > 200)
    errors.push({
      field: 'input.label',
      message: 'Indicare un\u2019etichetta (al massimo 200 caratteri)',
    });
  if (unit && unit.length > 20)
    errors.push({ field: 'input.unit', message: 'Unità di misura: al massimo 20 caratteri' });
  if (input.target != null && !Number.isFinite(input.target))
    errors.push({ field: 'input.target', message: 'Obiettivo non valido' });
  const position = input.position ?? null;
  if (position != null && (position < 0 || position > 10000))
    errors.push({ field: 'input.position', message: 'Posizione da 0 a 10000' });
  return { values: { key, label, unit, target: input.target ?? null, position, spec }, errors };
}

/** Whether a spec reads a custom field (as value, filter, group or period). */
export function specUsesField(spec: IndicatorSpec, name: string): boolean {
  const group = spec.groupBy?.replace(/:(month|year)$/, '');
  return (
    spec.field === name ||
    group === name ||
    spec.period?.field === name ||
    Object.keys(spec.filter ?? {}).includes(name)
  );
}
