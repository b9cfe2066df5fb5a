import { parseIsoDate } from '../calendar/isoDate';
import { searchKey } from '../text/foldAccents';
import { fiscalCodeCheckCharacter } from './checkCharacter';
import { MONTH_LETTERS } from './decode';
import type { FiscalCodePerson } from './types';

const VOWELS = new Set(['A', 'E', 'I', 'O', 'U']);

/** The letters of a name as the codice fiscale reads them: accents folded, A–Z only. */
function nameLetters(name: string, what: string): string[] {
  const letters = searchKey(name).replace(/[0-9]/g, '').split('');
  if (letters.length === 0) throw new RangeError(`${what} senza lettere: "${name}"`);
  return letters;
}

function padded(letters: string[]): string {
  return (letters.join('') + 'XXX').slice(0, 3);
}

/** The three letters of a last name: consonants, then vowels, then X (`'Rossi'` → `'RSS'`, `'Fo'` → `'FOX'`). */
export function lastNameCode(lastName: string): string {
  const letters = nameLetters(lastName, 'Cognome');
  return padded([
    ...letters.filter((l) => !VOWELS.has(l)),
    ...letters.filter((l) => VOWELS.has(l)),
  ]);
}

/**
 * The three letters of a first name: with four or more consonants the 1st, 3rd and 4th
 * (`'Gianfranco'` → `'GFR'`), otherwise as for last names (`'Mario'` → `'MRA'`).
 */
export function firstNameCode(firstName: string): string {
  const letters = nameLetters(firstName, 'Nome');
  const consonants = letters.filter((l) => !VOWELS.has(l));
  if (consonants.length >= 4) return `${consonants[0]}${consonants[2]}${consonants[3]}`;
  return padded([...consonants, ...letters.filter((l) => VOWELS.has(l))]);
}

/**
 * Computes a person's codice fiscale with the standard algorithm (no omocodia: that is assigned
 * only by the Agenzia delle Entrate). Used for demo data, tests and benchmarks; the birth place
 * code is checked for its form, not for existence.
 *
 * @throws RangeError for names without letters, a date that is not `YYYY-MM-DD`, a sex other than
 * M/F or a birth place code that is not a letter and three digits.
 */
export function computeFiscalCode(p: FiscalCodePerson): string {
  const { year, month, day } = parseIsoDate(p.birthDate);
  if (p.sex !== 'M' && p.sex !== 'F') throw new RangeError(`Sesso non valido: "${String(p.sex)}"`);
  const place = p.birthPlaceCode.trim().toUpperCase();
  if (!/^[A-Z]\d{3}$/.test(place))
    throw new RangeError(`Codice del luogo di nascita non valido: "${p.birthPlaceCode}"`);
  const first15 =
    lastNameCode(p.lastName) +
    firstNameCode(p.firstName) +
    String(year % 100).padStart(2, '0') +
    MONTH_LETTERS.charAt(month - 1) +
    String(p.sex === 'F' ? day + 40 : day).padStart(2, '0') +
    place;
  return first15 + fiscalCodeCheckCharacter(first15);
}
