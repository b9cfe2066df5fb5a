// The straightforward implementations the fast paths replaced, kept as the reference the
// property tests compare them with (same answers, same messages, for any input).
import { formatIsoDate, isRealDate } from '../../src/calendar/isoDate';
import { resolveBirthYear } from '../../src/fiscalCode/century';
import { fiscalCodeCheckCharacter } from '../../src/fiscalCode/checkCharacter';
import { MONTH_LETTERS } from '../../src/fiscalCode/decode';
import { OMOCODE_LETTERS, OMOCODE_POSITIONS, undoOmocodia } from '../../src/fiscalCode/omocodia';
import { numericFiscalCodeError } from '../../src/fiscalCode/numeric';
import { fromExcelSerial } from '../../src/formats/date';
import { resolveBirthPlace } from '../../src/places/birthPlace';
import type { FiscalCodeCheck, Sex } from '../../src/fiscalCode/types';

const LETTER_POSITIONS = new Set([0, 1, 2, 3, 4, 5, 8, 11, 15]);

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

function readPersonCode(
  code: string,
  referenceDate?: string,
): Pick<FiscalCodeCheck, 'error' | 'decoded'> {
  const failure = (error: string) => ({ error, decoded: null });
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
  const year = resolveBirthYear(twoDigitYear, month, day, referenceDate);
  if (!isRealDate(year, month, day)) {
    const shown = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${plain.slice(6, 8)}`;
    return failure(`Data di nascita inesistente (${shown})`);
  }
  if (fiscalCodeCheckCharacter(code.slice(0, 15)) !== code.charAt(15))
    return failure('Carattere di controllo errato');
  const birthPlaceCode = plain.slice(11, 15);
  if (!resolveBirthPlace(birthPlaceCode))
    return failure(`Luogo di nascita sconosciuto (codice ${birthPlaceCode})`);
  const omocode = plain !== code.slice(0, 15);
  return {
    decoded: { birthDate: formatIsoDate({ year, month, day }), sex, birthPlaceCode, omocode },
    error: null,
  };
}

export function referenceCheckFiscalCode(input: string, referenceDate?: string): FiscalCodeCheck {
  const normalized = input.replace(/[\s\u00a0\u2007\u2009\u202f]+/g, '').toUpperCase();
  const result = (kind: FiscalCodeCheck['kind'], error: string | null): FiscalCodeCheck => ({
    valid: error === null,
    normalized,
    kind,
    error,
    decoded: null,
  });
  if (normalized === '') return result(null, 'Codice fiscale mancante');
  if (/^\d{11}$/.test(normalized)) return result('NUMERIC', numericFiscalCodeError(normalized));
  if (normalized.length === 16 && /^[A-Z0-9]+$/.test(normalized)) {
    const reading = readPersonCode(normalized, referenceDate);
    return { ...result('PERSON', reading.error), decoded: reading.decoded };
  }
  if (/^\d+$/.test(normalized))
    return result(
      null,
      `Il codice fiscale numerico deve avere 11 cifre (ne ha ${normalized.length})`,
    );
  if (!/^[A-Z0-9]+$/.test(normalized))
    return result(null, 'Il codice fiscale può contenere solo lettere e cifre');
  return result(
    null,
    `Il codice fiscale deve avere 16 caratteri, o 11 cifre se numerico (ne ha ${normalized.length})`,
  );
}

const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;
const CURRENCY = /€|EURO|EUR/gi;
const GROUPED = /^\d{1,3}(?:\.\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(?:,\d{3})+$/;
const DIGITS = /^\d+$/;

function splitNumber(body: string): { integer: string; fraction?: string } | null {
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    const grouping = lastComma > lastDot ? GROUPED : GROUPED_COMMA;
    const integer = body.slice(0, decimalAt);
    const fraction = body.slice(decimalAt + 1);
    if (!grouping.test(integer) || !DIGITS.test(fraction)) return null;
    return { integer: integer.replace(/[.,]/g, ''), fraction };
  }
  const separator = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (separator === null) return DIGITS.test(body) ? { integer: body } : null;
  const pieces = body.split(separator);
  if (pieces.length > 2) {
    const grouping = separator === '.' ? GROUPED : GROUPED_COMMA;
    return grouping.test(body) ? { integer: pieces.join('') } : null;
  }
  const [integer = '', fraction = ''] = pieces;
  if (separator === '.' && GROUPED.test(body) && !/^0+$/.test(integer))
    return { integer: integer + fraction };
  if (!DIGITS.test(fraction) || (integer !== '' && !DIGITS.test(integer))) return null;
  return { integer: integer || '0', fraction };
}

export function referenceParseItalianAmount(text: string): string | null {
  let body = text.replace(SPACES, '').replace(CURRENCY, '').replace(SPACES, '');
  let sign = '';
  if (body.startsWith('-') || body.startsWith('+')) {
    sign = body.startsWith('-') ? '-' : '';
    body = body.slice(1);
  }
  const split = splitNumber(body);
  if (!split) return null;
  const integerDigits = split.integer.replace(/^0+(?=\d)/, '') || '0';
  const amount =
    split.fraction === undefined ? integerDigits : `${integerDigits}.${split.fraction}`;
  return /^[0.]+$/.test(amount) ? amount : `${sign}${amount}`;
}

const ITALIAN_DATE =
  /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:[.,]\d+)?)?)?$/;
const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const EXCEL_SERIAL = /^\d{1,7}(?:[.,]\d+)?$/;

export function referenceParseItalianDate(text: string): string | null {
  const realDate = (year: number, month: number, day: number) =>
    isRealDate(year, month, day) ? formatIsoDate({ year, month, day }) : null;
  const trimmed = text.trim();
  const italian = ITALIAN_DATE.exec(trimmed);
  if (italian) return realDate(Number(italian[4]), Number(italian[3]), Number(italian[1]));
  const iso = ISO_DATE.exec(trimmed);
  if (iso) return realDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  if (EXCEL_SERIAL.test(trimmed))
    return fromExcelSerial(Math.floor(Number(trimmed.replace(',', '.'))));
  return null;
}
