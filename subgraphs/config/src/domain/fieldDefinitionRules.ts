import {
  compileFieldPattern,
  FIELD_KEY_PATTERN,
  builtInIndicatorFields,
  type CustomFieldDefinition,
  type FieldError,
  type FieldType,
} from '@sisa/kernel';
import { LIST_FIELD_TYPES, NUMBER_FIELD_TYPES, TEXT_FIELD_TYPES } from '@sisa/rules';
import type { FieldDefinitionInput as GeneratedFieldDefinitionInput } from '../generated/resolvers';

/** A field definition as the API receives it (`FieldDefinitionInput`). */
export type FieldDefinitionInput = GeneratedFieldDefinitionInput;

/** The normalised definition to store (position is decided by the caller when absent). */
export type FieldDefinitionValues = Omit<CustomFieldDefinition, 'position'> & {
  position: number | null;
};

export interface FieldDefinitionContext {
  /** Whether a value list with this key is visible to the tenant. */
  listExists(key: string): boolean;
  /** The tenant's other fields on the same entity (for visibility conditions). */
  siblings: readonly CustomFieldDefinition[];
}

const trimmed = (value: string | null | undefined): string | null => {
  const text = value?.trim();
  return text ? text : null;
};

/** Patterns are RE2 (linear time, kernel `compileFieldPattern`): what it cannot compile is refused. */
function checkPattern(pattern: string): string | null {
  const compiled = compileFieldPattern(pattern);
  return 'error' in compiled ? compiled.error : null;
}

function checkBounds(
  type: FieldType,
  min: number | null,
  max: number | null,
  add: (field: string, message: string) => void,
): void {
  if (min == null && max == null) return;
  if (type === 'BOOLEAN' || type === 'DATE' || type === 'SELECT') {
    add('input.min', 'Minimo e massimo non si applicano a questo tipo');
    return;
  }
  const counts = TEXT_FIELD_TYPES.has(type) || type === 'MULTI_SELECT';
  for (const [name, value] of [
    ['min', min],
    ['max', max],
  ] as const) {
    if (value == null) continue;
    if (counts && (!Number.isInteger(value) || value < 0))
      add(`input.${name}`, 'Per testi ed elenchi indica un numero intero non negativo');
    if (type === 'INTEGER' && !Number.isSafeInteger(value))
      add(`input.${name}`, 'Per un campo intero indica un numero intero');
  }
  if (min != null && max != null && min > max)
    add('input.max', 'Il massimo deve essere almeno pari al minimo');
}

function checkCondition(
  input: FieldDefinitionInput,
  context: FieldDefinitionContext,
  add: (field: string, message: string) => void,
): FieldDefinitionValues['visibleWhen'] {
  const condition = input.visibleWhen;
  if (!condition) return null;
  const field = condition.field.trim();
  const name = field.startsWith('customFields.') ? field.slice('customFields.'.length) : field;
  const equals = condition.equals ?? null;
  if (name === input.key) add('input.visibleWhen.field', 'Un campo non può dipendere da se stesso');
  else {
    const custom = context.siblings.some((d) => d.key === name);
    const builtIn =
      !field.startsWith('customFields.') &&
      builtInIndicatorFields(input.entity).some((f) => f.name === name);
    if (!custom && !builtIn)
      add('input.visibleWhen.field', `Campo «${field}» non presente su questo tipo di dato`);
  }
  if (equals === null || !['string', 'number', 'boolean'].includes(typeof equals)) {
    add('input.visibleWhen.equals', 'Indicare un valore (testo, numero o vero/falso)');
  }
  return { field, equals };
}

/**
 * Checks and normalises a field definition; every problem is a field error in Italian on its
 * input path. Changes that depend on stored data (type, list) are checked by the caller.
 */
export function checkFieldDefinition(
  input: FieldDefinitionInput,
  context: FieldDefinitionContext,
): { values: FieldDefinitionValues; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  const key = input.key.trim();
  if (!FIELD_KEY_PATTERN.test(key))
    add(
      'input.key',
      'Chiave non valida: una lettera minuscola, poi lettere, cifre o trattino basso (al massimo 40 caratteri)',
    );
  const label = input.label.trim();
  if (!label || label.length > 200)
    add('input.label', 'Indicare un\u2019etichetta (al massimo 200 caratteri)');

  const listKey = trimmed(input.listKey);
  if (LIST_FIELD_TYPES.has(input.type)) {
    if (!listKey) add('input.listKey', 'Indicare l\u2019elenco di valori del campo');
    else if (!context.listExists(listKey)) add('input.listKey', `Elenco «${listKey}» inesistente`);
  } else if (listKey) add('input.listKey', 'Solo i campi a scelta usano un elenco di valori');

  const min = input.min ?? null;
  const max = input.max ?? null;
  checkBounds(input.type, min, max, add);

  const pattern = trimmed(input.pattern);
  if (pattern) {
    if (!TEXT_FIELD_TYPES.has(input.type))
      add('input.pattern', 'Il formato si applica solo ai campi di testo');
    else {
      const problem = checkPattern(pattern);
      if (problem) add('input.pattern', problem);
    }
  }
  const helpText = trimmed(input.helpText);
  if (helpText && helpText.length > 1000) add('input.helpText', 'Al massimo 1000 caratteri');
  const section = trimmed(input.section);
  if (section && section.length > 100) add('input.section', 'Al massimo 100 caratteri');
  const position = input.position ?? null;
  if (position != null && (position < 0 || position > 10000))
    add('input.position', 'Posizione da 0 a 10000');
  const visibleWhen = checkCondition({ ...input, key }, context, add);

  return {
    values: {
      entity: input.entity,
      key,
      label,
      type: input.type,
      required: input.required ?? false,
      listKey: LIST_FIELD_TYPES.has(input.type) ? listKey : null,
      min:
        NUMBER_FIELD_TYPES.has(input.type) ||
        TEXT_FIELD_TYPES.has(input.type) ||
        input.type === 'MULTI_SELECT'
          ? min
          : null,
      max:
        NUMBER_FIELD_TYPES.has(input.type) ||
        TEXT_FIELD_TYPES.has(input.type) ||
        input.type === 'MULTI_SELECT'
          ? max
          : null,
      pattern: TEXT_FIELD_TYPES.has(input.type) ? pattern : null,
      helpText,
      section,
      position,
      active: input.active ?? true,
      visibleWhen,
    },
    errors,
  };
}

/** Whether an update changes how stored values are read (refused while records hold values). */
export function changesStoredValues(
  before: Pick<CustomFieldDefinition, 'type' | 'listKey'>,
  after: Pick<CustomFieldDefinition, 'type' | 'listKey'>,
): 'type' | 'listKey' | null {
  if (before.type !== after.type) return 'type';
  if ((before.listKey ?? null) !== (after.listKey ?? null)) return 'listKey';
  return null;
}
