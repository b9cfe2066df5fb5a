import type { FieldDefinition } from './types';

const CUSTOM_PREFIX = 'customFields.';

function sameValue(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(actual)) return actual.some((item) => sameValue(item, expected));
  return (
    actual === expected ||
    (actual != null && expected != null && String(actual) === String(expected))
  );
}

function valueAt(values: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      values,
    );
}

/**
 * The visibility condition, as the server applies it (kernel `isFieldVisible`): the named field is
 * another custom field of the entity (by key or `customFields.<key>`) or a built-in field of the
 * form (`sex`, `residence.municipalityCode`…), and the field shows while it equals `equals`
 * (for a multiple choice: while it contains it).
 */
export function isCustomFieldVisible(
  definition: FieldDefinition,
  formValues: Record<string, unknown>,
  siblings: readonly FieldDefinition[],
): boolean {
  const condition = definition.visibleWhen;
  if (!condition) return true;
  const name = condition.field.startsWith(CUSTOM_PREFIX)
    ? condition.field.slice(CUSTOM_PREFIX.length)
    : condition.field;
  const custom = (formValues.customFields ?? {}) as Record<string, unknown>;
  const isCustom =
    condition.field.startsWith(CUSTOM_PREFIX) || siblings.some((d) => d.key === name);
  const actual = isCustom ? custom[name] : valueAt(formValues, condition.field);
  return sameValue(actual, condition.equals);
}
