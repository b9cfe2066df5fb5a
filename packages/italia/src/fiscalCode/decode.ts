import { isRealDate } from '../calendar/isoDate';
import { isKnownBirthPlaceCode } from '../places/birthPlace';
import { birthYear, cachedToday } from './century';
import { OMOCODE_LETTERS } from './omocodia';
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

// Bulk imports check a code per row: the reading below works on character codes with lookup
// tables, and allocates only its answer (and a message when the code is wrong).

/** Positions 1–6, 9, 12 and 16 hold letters; the other seven digits (or omocodic letters). */
const LETTER_AT = [1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1];
/** The digit a character stands for: `0`–`9`, or the omocodic letters L–V; -1 otherwise. */
const DIGIT_OF = new Int8Array(128).fill(-1);
/** Month (1–12) of a month letter, 0 for other characters. */
const MONTH_OF = new Uint8Array(128);
/** Values of characters in odd (1st, 3rd…) and even positions for the check character. */
const ODD_VALUE = new Uint8Array(128);
const EVEN_VALUE = new Uint8Array(128);
// prettier-ignore
const ODD_DIGITS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21];
// prettier-ignore
const ODD_LETTERS = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];
for (let d = 0; d < 10; d += 1) {
  DIGIT_OF[48 + d] = d;
  DIGIT_OF[OMOCODE_LETTERS.charCodeAt(d)] = d;
  ODD_VALUE[48 + d] = ODD_DIGITS[d]!;
  EVEN_VALUE[48 + d] = d;
}
for (let l = 0; l < 26; l += 1) {
  ODD_VALUE[65 + l] = ODD_LETTERS[l]!;
  EVEN_VALUE[65 + l] = l;
}
for (let m = 0; m < 12; m += 1) MONTH_OF[MONTH_LETTERS.charCodeAt(m)] = m + 1;
const PAD2 = Array.from({ length: 100 }, (_, n) => (n < 10 ? `0${n}` : String(n)));

const isUpperLetter = (c: number) => c >= 65 && c <= 90;

/**
 * Decodes a normalized 16-character person code and checks it: characters allowed in each
 * position, month letter, day (1–31, women 41–71), a real birth date, the check character and a
 * known birth place. The error names the first problem found, in Italian.
 */
export function readPersonCode(
  code: string,
  options: FiscalCodeDateOptions = {},
): PersonCodeReading {
  let sum = 0;
  let omocode = false;
  for (let index = 0; index < 16; index += 1) {
    const c = code.charCodeAt(index);
    if (LETTER_AT[index] === 1 ? !isUpperLetter(c) : !((c < 128 ? DIGIT_OF[c]! : -1) >= 0)) {
      const expected = LETTER_AT[index] === 1 ? 'una lettera' : 'una cifra';
      return failure(
        `Carattere "${code.charAt(index)}" non ammesso in posizione ${index + 1}: è attesa ${expected}`,
      );
    }
    if (LETTER_AT[index] === 0 && c > 57) omocode = true;
    if (index < 15) sum += index % 2 === 0 ? ODD_VALUE[c]! : EVEN_VALUE[c]!;
  }
  const month = MONTH_OF[code.charCodeAt(8)]!;
  if (month === 0) return failure(`Mese di nascita non valido (lettera ${code.charAt(8)})`);
  const digit = (index: number) => DIGIT_OF[code.charCodeAt(index)]!;
  const rawDay = digit(9) * 10 + digit(10);
  const sex: Sex = rawDay > 40 ? 'F' : 'M';
  const day = sex === 'F' ? rawDay - 40 : rawDay;
  if (day < 1 || day > 31) return failure(`Giorno di nascita non valido (${PAD2[rawDay]})`);
  const twoDigitYear = digit(6) * 10 + digit(7);
  let year: number;
  if (options.referenceDate === undefined) {
    const today = cachedToday();
    year = birthYear(twoDigitYear, month, day, today.year, today.monthDay);
  } else {
    const reference = options.referenceDate;
    const referenceMonthDay = Number(reference.slice(5, 7)) * 100 + Number(reference.slice(8, 10));
    year = birthYear(twoDigitYear, month, day, Number(reference.slice(0, 4)), referenceMonthDay);
  }
  if (!isRealDate(year, month, day)) {
    return failure(
      `Data di nascita inesistente (${PAD2[day]}/${PAD2[month]}/${PAD2[twoDigitYear]})`,
    );
  }
  if (code.charCodeAt(15) !== 65 + (sum % 26)) return failure('Carattere di controllo errato');
  const placeIsPlain =
    code.charCodeAt(12) <= 57 && code.charCodeAt(13) <= 57 && code.charCodeAt(14) <= 57;
  const birthPlaceCode = placeIsPlain
    ? code.slice(11, 15)
    : `${code.charAt(11)}${digit(12)}${digit(13)}${digit(14)}`;
  if (!isKnownBirthPlaceCode(birthPlaceCode)) {
    return failure(`Luogo di nascita sconosciuto (codice ${birthPlaceCode})`);
  }
  const birthDate =
    year >= 1000
      ? `${year}-${PAD2[month]}-${PAD2[day]}`
      : `${String(year).padStart(4, '0')}-${PAD2[month]}-${PAD2[day]}`;
  return { decoded: { birthDate, sex, birthPlaceCode, omocode }, error: null };
}

function failure(error: string): PersonCodeReading {
  return { decoded: null, error };
}
