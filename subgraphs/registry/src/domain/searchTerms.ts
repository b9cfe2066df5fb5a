import { foldAccents } from '@sisa/italia';

/** Most words of a free-text search that count (the rest are ignored). */
const MAX_TERMS = 5;

/**
 * The words of a free-text search as the search index stores names and codes: accents folded,
 * lower case, letters and digits only ("Nicolò D'Angelo" → ["nicolo", "dangelo"]). Each word must
 * appear somewhere in the subject's last name, first name or fiscal code.
 */
export function searchTerms(q: string | null | undefined): string[] {
  if (!q) return [];
  return foldAccents(q)
    .toLowerCase()
    .split(/\s+/)
    .map(searchKey)
    .filter((word) => word.length > 0)
    .slice(0, MAX_TERMS);
}

/** A last-name prefix folded the same way ("D'Ang" → "dang"), or null when nothing is left. */
export function lastNamePrefix(text: string | null | undefined): string | null {
  return text ? searchKey(foldAccents(text).toLowerCase()) || null : null;
}

const searchKey = (word: string) => word.replace(/[^a-z0-9]/g, '');
