import { BadUserInputError } from '../errors';
import type { CustomFieldDefinition } from './definitions';
import { customDecimalText } from './validate';

/**
 * Checks a list filter on custom values (`filter.customFields`, matched by JSON containment):
 * an object whose keys are defined fields. Returns it ready for `@>` (DECIMAL numbers as the
 * decimal strings they are stored as: `187.5` matches `"187.5"`, not `"187.50"`).
 */
export function customFieldsFilter(
  definitions: readonly CustomFieldDefinition[],
  filter: unknown,
  path = 'filter.customFields',
): Record<string, unknown> | null {
  if (filter === null || filter === undefined) return null;
  if (typeof filter !== 'object' || Array.isArray(filter)) {
    throw BadUserInputError.field(
      path,
      'Il filtro sui campi personalizzati deve essere un oggetto',
    );
  }
  const keys = new Set(definitions.map((d) => d.key));
  const unknown = Object.keys(filter).filter((k) => !keys.has(k));
  if (unknown.length)
    throw BadUserInputError.field(path, `Campi non previsti: ${unknown.join(', ')}`);
  // DECIMAL values are stored as decimal strings: a number in the filter matches its string.
  const matched: Record<string, unknown> = { ...(filter as Record<string, unknown>) };
  for (const d of definitions) {
    const value = matched[d.key];
    if (d.type === 'DECIMAL' && typeof value === 'number')
      matched[d.key] = customDecimalText(value) ?? value;
  }
  return matched;
}
