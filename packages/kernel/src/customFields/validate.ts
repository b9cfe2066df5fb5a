import type { FieldError } from '../errors';
import { isIsoDate } from '../graphql/scalars';
import type { CustomFieldDefinition, CustomFieldValues } from './definitions';
import { compileFieldPattern } from './pattern';
import { isFieldVisible } from './visibility';

/** What validation needs besides the definitions. */
export interface CustomFieldContext {
  /** Codes of the active items of a value list; undefined when the list does not exist. */
  listCodes(listKey: string): ReadonlySet<string> | undefined;
  /** Built-in values of the record, for visibility conditions on built-in fields. */
  builtIn?: Record<string, unknown>;
}

export interface CustomFieldResult {
  /** The values to store: previous values merged with the input, normalised. */
  values: CustomFieldValues;
  errors: FieldError[];
}

const TEXT_MAX = { TEXT: 1000, LONG_TEXT: 10000, EMAIL: 254, PHONE: 20 } as const;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_RE = /^\+?[0-9][0-9 .-]{5,19}$/;

/**
 * Whether `text` has the field's format. A stored pattern RE2 cannot compile (saved before the
 * patterns were checked with RE2: a backreference, a lookaround) takes no value until an admin
 * corrects it: refusing is safe, matching it with a backtracking engine is not.
 */
function formatError(pattern: string, text: string): string | null {
  const compiled = compileFieldPattern(pattern);
  if ('error' in compiled)
    return 'Formato del campo non verificabile: l\u2019amministratore deve correggerne la definizione';
  return compiled.pattern.matches(text) ? null : 'Formato non valido';
}

/** Most decimal places of a custom DECIMAL value (quantities too, not only amounts). */
export const CUSTOM_DECIMAL_SCALE = 6;
const CUSTOM_DECIMAL_RE = new RegExp(`^-?\\d{1,15}(\\.\\d{1,${CUSTOM_DECIMAL_SCALE}})?$`);

/**
 * A custom DECIMAL value as the exact decimal string it is stored and returned as: a string is
 * kept as written (`"187.50"` stays `"187.50"`); a JSON number (what older clients sent, and what
 * values stored before were) becomes its shortest decimal string (`187.5` → `"187.5"`). Null when
 * it is not a decimal.
 */
export function customDecimalText(value: unknown): string | null {
  const text =
    typeof value === 'number' && Number.isFinite(value)
      ? String(value)
      : typeof value === 'string'
        ? value.trim()
        : null;
  return text !== null && CUSTOM_DECIMAL_RE.test(text) ? text : null;
}

/**
 * Custom values as they are answered: DECIMAL values stored as JSON numbers before they were
 * kept as strings come back as their decimal strings. Returns `values` itself when nothing changes.
 */
export function customValuesForReading(
  definitions: readonly CustomFieldDefinition[],
  entity: CustomFieldDefinition['entity'],
  values: CustomFieldValues,
): CustomFieldValues {
  let read: CustomFieldValues | null = null;
  for (const def of definitions) {
    const value = values[def.key];
    if (def.entity !== entity || def.type !== 'DECIMAL' || typeof value !== 'number') continue;
    read ??= { ...values };
    read[def.key] = customDecimalText(value) ?? String(value);
  }
  return read ?? values;
}

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

function bounds(def: CustomFieldDefinition, measure: number, unit: string): string | null {
  if (def.min != null && measure < def.min) return `Minimo ${def.min}${unit}`;
  if (def.max != null && measure > def.max) return `Massimo ${def.max}${unit}`;
  return null;
}

/** Normalises one value to its type, or explains in Italian why it cannot be stored. */
function checkValue(
  def: CustomFieldDefinition,
  value: unknown,
  context: CustomFieldContext,
  previous: unknown,
): { value: unknown } | { error: string } {
  switch (def.type) {
    case 'TEXT':
    case 'LONG_TEXT':
    case 'EMAIL':
    case 'PHONE': {
      if (typeof value !== 'string') return { error: 'Deve essere un testo' };
      const text = def.type === 'LONG_TEXT' ? value.trim() : value.trim().replace(/\s+/g, ' ');
      if (text.length > TEXT_MAX[def.type])
        return { error: `Al massimo ${TEXT_MAX[def.type]} caratteri` };
      if (def.type === 'EMAIL' && !EMAIL_RE.test(text))
        return { error: 'Indirizzo email non valido' };
      if (def.type === 'PHONE' && !PHONE_RE.test(text))
        return { error: 'Numero di telefono non valido' };
      const tooShortOrLong = bounds(def, text.length, ' caratteri');
      if (tooShortOrLong) return { error: tooShortOrLong };
      const badFormat = def.pattern ? formatError(def.pattern, text) : null;
      if (badFormat) return { error: badFormat };
      return { value: def.type === 'EMAIL' ? text.toLowerCase() : text };
    }
    case 'INTEGER': {
      const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) return { error: 'Deve essere un numero' };
      if (!Number.isSafeInteger(n)) return { error: 'Deve essere un numero intero' };
      const outOfRange = bounds(def, n, '');
      return outOfRange ? { error: outOfRange } : { value: n };
    }
    case 'DECIMAL': {
      const text = customDecimalText(value);
      if (text === null)
        return {
          error: `Deve essere un numero decimale come stringa, con il punto come separatore e al massimo ${CUSTOM_DECIMAL_SCALE} decimali (es. "187.50")`,
        };
      const outOfRange = bounds(def, Number(text), '');
      return outOfRange ? { error: outOfRange } : { value: text };
    }
    case 'BOOLEAN':
      return typeof value === 'boolean' ? { value } : { error: 'Deve essere vero o falso' };
    case 'DATE':
      return typeof value === 'string' && isIsoDate(value)
        ? { value }
        : { error: 'Deve essere una data (AAAA-MM-GG)' };
    case 'SELECT':
    case 'MULTI_SELECT': {
      const codes = def.listKey ? context.listCodes(def.listKey) : undefined;
      if (!codes) return { error: `Elenco di valori «${def.listKey ?? ''}» non disponibile` };
      const kept = new Set(Array.isArray(previous) ? previous : previous == null ? [] : [previous]);
      const allowed = (code: unknown) =>
        typeof code === 'string' && (codes.has(code) || kept.has(code));
      if (def.type === 'SELECT') {
        return allowed(value) ? { value } : { error: 'Valore non presente nell\u2019elenco' };
      }
      if (!Array.isArray(value)) return { error: 'Deve essere un elenco di valori' };
      if (!value.every(allowed)) return { error: 'Uno o più valori non sono nell\u2019elenco' };
      const unique = [...new Set(value as string[])];
      const count = bounds(def, unique.length, ' valori');
      return count ? { error: count } : { value: unique };
    }
  }
}

/**
 * Validates a write of custom values against the tenant's definitions, with merge semantics:
 * keys in `input` replace the stored ones (`null` clears), absent keys keep their value.
 * Unknown keys, wrong types, values outside a list and missing required fields are field errors
 * on `customFields.<key>`. Inactive fields keep their data but take no new value; a field hidden
 * by its visibility condition is neither required nor accepted (and its old value is dropped).
 */
export function validateCustomFields(
  definitions: readonly CustomFieldDefinition[],
  input: unknown,
  context: CustomFieldContext,
  previous: CustomFieldValues = {},
): CustomFieldResult {
  const errors: FieldError[] = [];
  const at = (key: string, message: string) =>
    errors.push({ field: `customFields.${key}`, message });
  if (
    input !== null &&
    input !== undefined &&
    (typeof input !== 'object' || Array.isArray(input))
  ) {
    return {
      values: previous,
      errors: [{ field: 'customFields', message: 'Deve essere un oggetto chiave → valore' }],
    };
  }
  const given = (input ?? {}) as Record<string, unknown>;
  const byKey = new Map(definitions.map((d) => [d.key, d]));
  const merged: CustomFieldValues = { ...previous };

  for (const [key, value] of Object.entries(given)) {
    const def = byKey.get(key);
    if (!def) at(key, 'Campo non previsto');
    else if (!def.active) {
      if (JSON.stringify(value ?? null) !== JSON.stringify(previous[key] ?? null))
        at(key, 'Campo non più attivo: non si può modificare');
    } else if (isEmpty(value)) delete merged[key];
    else merged[key] = value;
  }

  const values: CustomFieldValues = {};
  for (const [key, value] of Object.entries(merged)) {
    const def = byKey.get(key);
    if (!def) {
      values[key] = value; // a key whose definition was removed: kept, never validated again
      continue;
    }
    if (!def.active) {
      values[key] = value;
      continue;
    }
    if (!isFieldVisible(def, merged, context.builtIn)) {
      if (key in given && !isEmpty(given[key])) at(key, `Campo non applicabile in questo caso`);
      continue;
    }
    const checked = checkValue(def, value, context, previous[key]);
    if ('error' in checked) at(key, checked.error);
    else values[key] = checked.value;
  }
  for (const def of definitions) {
    if (
      def.active &&
      def.required &&
      isEmpty(values[def.key]) &&
      !errors.some((e) => e.field === `customFields.${def.key}`)
    ) {
      if (isFieldVisible(def, merged, context.builtIn)) at(def.key, 'Campo obbligatorio');
    }
  }
  return { values, errors };
}
