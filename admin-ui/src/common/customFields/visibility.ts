import { isFieldVisible } from '@sisa/rules';
import type { FieldDefinition } from './types';

/**
 * Whether a custom field's input shows in a form: the server's own rule (`@sisa/rules`), read on
 * the form's values (custom values under `customFields`, built-in fields as the form holds them).
 */
export function isCustomFieldVisible(
  definition: FieldDefinition,
  formValues: Record<string, unknown>,
  siblings: readonly FieldDefinition[],
): boolean {
  const custom = (formValues.customFields ?? {}) as Record<string, unknown>;
  return isFieldVisible(definition, custom, formValues, new Set(siblings.map((d) => d.key)));
}
