/** A custom field's visibility condition: it shows while `field` equals `equals`. */
export interface VisibilityCondition {
  /** Another custom field (its key, or `customFields.<key>`) or a built-in field (`sex`, `residence.municipalityCode`). */
  readonly field: string;
  readonly equals: unknown;
}

const CUSTOM_PREFIX = 'customFields.';

function sameValue(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(actual)) return actual.some((item) => sameValue(item, expected));
  return (
    actual === expected ||
    (actual != null && expected != null && String(actual) === String(expected))
  );
}

/** A built-in value by its name: a flat key as given (`residence.municipalityCode`), else a path. */
function builtInValue(builtIn: Record<string, unknown>, path: string): unknown {
  if (path in builtIn) return builtIn[path];
  return path
    .split('.')
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined,
      builtIn,
    );
}

/**
 * Whether a custom field applies to a record, the one rule of the server (which validates) and
 * the console (which shows or hides the input). The condition names another custom field (by
 * key, or as `customFields.<key>`) or a built-in field of the entity; the field shows while that
 * value equals `equals` (for a multiple choice: while it contains it).
 *
 * @param customValues the record's custom field values, by key
 * @param builtIn the record's built-in fields (flat keys or nested objects)
 * @param customKeys the keys of the entity's custom fields, when known: a name among them is a
 *   custom field even while it has no value (otherwise: when the record holds a value for it)
 */
export function isFieldVisible(
  definition: { readonly visibleWhen?: VisibilityCondition | null },
  customValues: Record<string, unknown>,
  builtIn: Record<string, unknown> = {},
  customKeys?: ReadonlySet<string>,
): boolean {
  const condition = definition.visibleWhen;
  if (!condition) return true;
  const prefixed = condition.field.startsWith(CUSTOM_PREFIX);
  const name = prefixed ? condition.field.slice(CUSTOM_PREFIX.length) : condition.field;
  const isCustom = prefixed || (customKeys ? customKeys.has(name) : name in customValues);
  const actual = isCustom ? customValues[name] : builtInValue(builtIn, condition.field);
  return sameValue(actual, condition.equals);
}
