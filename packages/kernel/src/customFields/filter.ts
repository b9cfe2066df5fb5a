import { BadUserInputError } from '../errors';
import type { CustomFieldDefinition } from './definitions';

/**
 * Checks a list filter on custom values (`filter.customFields`, matched by JSON containment):
 * an object whose keys are defined fields. Returns it ready for `@>`.
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
  return filter as Record<string, unknown>;
}
