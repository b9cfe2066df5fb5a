import type { FieldError } from './errors';

/** An update input: every field optional; absent keeps the current value, `null` clears it. */
export type UpdateOf<T> = { [K in keyof T]?: T[K] | null };

/**
 * The values an update writes: each field the patch names replaces the current value (`null`
 * clears it), each field it leaves out keeps the current one. A nested object is one value: sent,
 * it replaces the whole. A required field sent as `null` is a field error on `<prefix><field>`
 * and keeps its current value. GraphQL hands absent input fields over as missing keys (update
 * inputs have no defaults), so absent and `null` stay distinct.
 */
export function applyUpdate<T extends object>(
  current: T,
  patch: UpdateOf<T>,
  required: readonly (keyof T & string)[],
  prefix = 'input.',
): { values: T; errors: FieldError[] } {
  const values = { ...current };
  const errors: FieldError[] = [];
  for (const key of Object.keys(patch) as (keyof T & string)[]) {
    const value = patch[key];
    if (value === undefined) continue;
    if (value === null && required.includes(key)) {
      errors.push({
        field: `${prefix}${key}`,
        message: 'Campo obbligatorio: non si può cancellare (ometterlo lo lascia invariato)',
      });
      continue;
    }
    values[key] = value as T[typeof key];
  }
  return { values, errors };
}
