// Letters that NFD does not decompose into a base letter plus marks.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'SS',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ı: 'i',
};
const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'gu');

/**
 * Removes diacritics, keeping the base letters and the case: `'Nicolò'` → `'Nicolo'`,
 * `'Châtillon'` → `'Chatillon'`, `'Weiß'` → `'Weiss'`.
 *
 * Decomposes with NFD and strips combining marks; letters that have no decomposition
 * (ß, æ, ø, ł, đ…) are spelled out. Used for search keys and the codice fiscale.
 */
export function foldAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(SPECIAL_PATTERN, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/**
 * The key two names are compared by: accents folded, upper case, every character that is not a
 * letter or a digit removed (`"Sant'Angelo Lodigiano"` → `'SANTANGELOLODIGIANO'`).
 */
export function searchKey(text: string): string {
  return foldAccents(text)
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '');
}
