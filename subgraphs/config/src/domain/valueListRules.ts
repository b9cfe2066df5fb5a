import type { FieldError } from '@sisa/kernel';
import { CASEWORK_LISTS } from '../referenceData/caseworkLists';
import type { ValueListInput as GeneratedValueListInput } from '../generated/resolvers';

export interface ValueListItemValues {
  code: string;
  label: string;
  active: boolean;
  position: number;
}

export type ValueListInput = GeneratedValueListInput;

/**
 * The system lists. National code lists stay read-only for every tenant; the REI defaults and
 * the SIUSS services may be overridden: a tenant saves its own list under the same key and, for
 * that tenant, its list wins.
 */
/** The codes the contract fixes in a list (CASEWORK.md): a comune adds codes, never removes these. */
const fixedCodes = (key: string): readonly string[] =>
  CASEWORK_LISTS.find((l) => l.key === key)!.items.map((i) => i.code);

export const SYSTEM_LISTS: Record<
  string,
  { overridable: boolean; keepsCodes?: readonly string[] }
> = {
  relationship: { overridable: false },
  country: { overridable: false },
  comune: { overridable: false },
  siuss_service: { overridable: true },
  rei_problem: { overridable: true },
  rei_resource: { overridable: true },
  rei_intervention: { overridable: true },
  rei_access_point: { overridable: true },
  referral_sources: { overridable: true, keepsCodes: fixedCodes('referral_sources') },
  case_areas: { overridable: true, keepsCodes: fixedCodes('case_areas') },
  diary_kinds: { overridable: true, keepsCodes: fixedCodes('diary_kinds') },
  case_problems: { overridable: true },
  case_resources: { overridable: true },
  case_document_kinds: { overridable: true },
};

export const LIST_KEY_PATTERN = /^[a-z][a-z0-9_]{1,63}$/;
const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/;
export const MAX_ITEMS = 10_000;

/**
 * Checks a tenant list and merges it with the stored items: items in the input are created or
 * updated (position = their order unless given); stored items missing from the input are kept,
 * deactivated — a published code may already sit in records, so it is never deleted.
 */
export function checkValueList(
  input: ValueListInput,
  stored: readonly ValueListItemValues[] = [],
): { key: string; label: string; items: ValueListItemValues[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field, message });
  const key = input.key.trim();
  if (!LIST_KEY_PATTERN.test(key))
    add(
      'input.key',
      'Chiave non valida: lettere minuscole, cifre e trattino basso, da 2 a 64 caratteri, iniziando con una lettera',
    );
  else if (SYSTEM_LISTS[key] && !SYSTEM_LISTS[key].overridable)
    add('input.key', `«${key}» è un elenco nazionale di sistema: non si può modificare`);
  const label = input.label.trim();
  if (!label || label.length > 200)
    add('input.label', 'Indicare un\u2019etichetta (al massimo 200 caratteri)');
  if (input.items.length > MAX_ITEMS) add('input.items', `Al massimo ${MAX_ITEMS} voci`);

  const seen = new Set<string>();
  const items: ValueListItemValues[] = [];
  input.items.forEach((item, index) => {
    const code = item.code.trim();
    const itemLabel = item.label.trim();
    if (!CODE_PATTERN.test(code))
      add(
        `input.items.${index}.code`,
        'Codice non valido: lettere, cifre, punto, trattino, barra (al massimo 64 caratteri)',
      );
    else if (seen.has(code)) add(`input.items.${index}.code`, `Codice «${code}» ripetuto`);
    seen.add(code);
    if (!itemLabel || itemLabel.length > 300)
      add(`input.items.${index}.label`, 'Indicare un\u2019etichetta (al massimo 300 caratteri)');
    const position = item.position ?? index;
    if (!Number.isInteger(position) || position < 0)
      add(`input.items.${index}.position`, 'Posizione non valida');
    items.push({ code, label: itemLabel, active: item.active ?? true, position });
  });
  let next = items.length;
  for (const old of [...stored].sort((a, b) => a.position - b.position)) {
    if (!seen.has(old.code)) items.push({ ...old, active: false, position: next++ });
  }
  for (const code of SYSTEM_LISTS[key]?.keepsCodes ?? [])
    if (!items.some((i) => i.code === code && i.active))
      add(
        'input.items',
        `«${code}» è un codice fisso dell\u2019elenco: si può rinominare, non togliere né disattivare`,
      );
  return { key, label, items, errors };
}

/** `{ added, changed, deactivated }` between two versions of a list's items, for the audit trail. */
export function itemChanges(
  before: readonly ValueListItemValues[],
  after: readonly ValueListItemValues[],
): Record<string, unknown> {
  const old = new Map(before.map((i) => [i.code, i]));
  const added = after.filter((i) => !old.has(i.code)).map((i) => i.code);
  const deactivated = after.filter((i) => old.get(i.code)?.active && !i.active).map((i) => i.code);
  const changed = after
    .filter((i) => {
      const o = old.get(i.code);
      return o && (o.label !== i.label || (!o.active && i.active));
    })
    .map((i) => ({ code: i.code, from: old.get(i.code)!.label, to: i.label }));
  const result: Record<string, unknown> = {};
  if (added.length) result.added = added;
  if (changed.length) result.changed = changed;
  if (deactivated.length) result.deactivated = deactivated;
  return result;
}
