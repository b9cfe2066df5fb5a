/** One changed field of a revision: the value before and after the write. */
export interface FieldChange {
  from: unknown;
  to: unknown;
}

/** What a write changed, keyed by field path (`lastName`, `residence.street`, `customFields.iban`). */
export type RevisionChanges = Record<string, FieldChange>;

type Flat = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The fields whose value differs between two flat records, `{ field: { from, to } }`. Absent and
 * null are the same thing (a cleared field is `to: null`); arrays and objects compare by value.
 * `before = null` is a creation: every field set in `after` appears with `from: null`.
 */
export function diffRecords(before: Flat | null, after: Flat): RevisionChanges {
  const changes: RevisionChanges = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after)]);
  for (const key of [...keys].sort()) {
    const from = before?.[key] ?? null;
    const to = after[key] ?? null;
    if (!same(from, to)) changes[key] = { from, to };
  }
  return changes;
}

/** Custom values flattened as `customFields.<key>`, so a revision names exactly the field changed. */
export function flattenCustomFields(values: Record<string, unknown> | null | undefined): Flat {
  const flat: Flat = {};
  for (const [key, value] of Object.entries(values ?? {})) flat[`customFields.${key}`] = value;
  return flat;
}
