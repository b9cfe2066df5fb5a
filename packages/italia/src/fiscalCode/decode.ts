import { formatIsoDate, isRealDate } from '../calendar/isoDate';
import { resolveBirthPlace } from '../places/birthPlace';
import { fiscalCodeCheckCharacter } from './checkCharacter';
import { resolveBirthYear } from './century';
import { OMOCODE_LETTERS, OMOCODE_POSITIONS, undoOmocodia } from './omocodia';
import type { DecodedFiscalCode, Sex } from './types';

/** The month letters of the codice fiscale, January to December. */
export const MONTH_LETTERS = 'ABCDEHLMPRST';

/** Options for reading the birth date of a codice fiscale. */
export interface FiscalCodeDateOptions {
  /** The date the two-digit year is resolved against (`YYYY-MM-DD`, default today in Italy). */
  referenceDate?: string;
}

/** The outcome of decoding a 16-character code: the data, or why it cannot be read. */
export type PersonCodeReading =
  { decoded: DecodedFiscalCode; error: null } | { decoded: null; error: string };

const LETTER_POSITIONS = new Set([0, 1, 2, 3, 4, 5, 8, 11, 15]);

/**
 * Decodes a normalized 16-character person code and checks it: characters allowed in each
 * position, month letter, day (1–31, women 41–71), a real birth date, the check character and a
 * known birth place. The error names the first problem found, in Italian.
 */
export function readPersonCode(
  code: string,
  options: FiscalCodeDateOptions = {},
): PersonCodeReading {
  const shapeError = personShapeError(code);
  if (shapeError) return failure(shapeError);
  const plain = undoOmocodia(code.slice(0, 15));
  const monthLetter = plain.charAt(8);
  const month = MONTH_LETTERS.indexOf(monthLetter) + 1;
  if (month === 0) return failure(`Mese di nascita non valido (lettera ${monthLetter})`);
  const rawDay = Number(plain.slice(9, 11));
  const sex: Sex = rawDay > 40 ? 'F' : 'M';
  const day = sex === 'F' ? rawDay - 40 : rawDay;
  if (day < 1 || day > 31) return failure(`Giorno di nascita non valido (${plain.slice(9, 11)})`);
  const twoDigitYear = Number(plain.slice(6, 8));
  const year = resolveBirthYear(twoDigitYear, month, day, options.referenceDate);
  if (!isRealDate(year, month, day)) {
    const shown = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${plain.slice(6, 8)}`;
    return failure(`Data di nascita inesistente (${shown})`);
  }
  if (fiscalCodeCheckCharacter(code.slice(0, 15)) !== code.charAt(15)) {
    return failure('Carattere di controllo errato');
  }
  const birthPlaceCode = plain.slice(11, 15);
  if (!resolveBirthPlace(birthPlaceCode)) {
    return failure(`Luogo di nascita sconosciuto (codice ${birthPlaceCode})`);
  }
  const omocode = plain !== code.slice(0, 15);
  return {
    decoded: { birthDate: formatIsoDate({ year, month, day }), sex, birthPlaceCode, omocode },
    error: null,
  };
}

function personShapeError(code: string): string | null {
  for (let index = 0; index < 16; index += 1) {
    const char = code.charAt(index);
    const isLetter = char >= 'A' && char <= 'Z';
    const allowed = LETTER_POSITIONS.has(index)
      ? isLetter
      : (char >= '0' && char <= '9') ||
        (OMOCODE_POSITIONS.includes(index) && OMOCODE_LETTERS.includes(char));
    if (!allowed) {
      const expected = LETTER_POSITIONS.has(index) ? 'una lettera' : 'una cifra';
      return `Carattere "${char}" non ammesso in posizione ${index + 1}: è attesa ${expected}`;
    }
  }
  return null;
}

function failure(error: string): PersonCodeReading {
  return { decoded: null, error };
}
