import type { CustomFieldDefinition, CustomFieldValues } from './definitions';

function sameValue(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(actual)) return actual.some((item) => sameValue(item, expected));
  return (
    actual === expected ||
    (actual != null && expected != null && String(actual) === String(expected))
  );
}

/**
 * Whether a field applies to a record: its condition names another custom field (by key, or as
 * `customFields.<key>`) or a built-in field of the entity, read from `builtIn`.
 */
export function isFieldVisible(
  definition: Pick<CustomFieldDefinition, 'visibleWhen'>,
  values: CustomFieldValues,
  builtIn: Record<string, unknown> = {},
): boolean {
  const condition = definition.visibleWhen;
  if (!condition) return true;
  const name = condition.field.startsWith('customFields.')
    ? condition.field.slice('customFields.'.length)
    : condition.field;
  const actual = name in values ? values[name] : builtIn[condition.field];
  return sameValue(actual, condition.equals);
}
