import {
  findCountryByAlpha,
  findCountryByIsoNumeric,
  findCountryByName,
  normalizeFiscalCode,
  parseItalianAmount,
  parseItalianDate,
} from '@sisa/italia';
import { ITALY } from './codes';

// Turning what people and other systems write into the record's forms. Each function returns
// the normalised value, null for an empty input, or an Error whose message (Italian) says why
// the text cannot be read.

export type Normalized<T> = T | null | Error;

/** Why a text cannot be read: the message names the attribute and the text, `reason` alone says why. */
export class NormalizeError extends Error {
  constructor(
    attribute: string,
    given: string,
    readonly reason: string,
  ) {
    super(`${attribute}: «${given}» ${reason}`);
  }
}

/** What is wrong, without the attribute's name nor the value (an import names them its way). */
export function reasonOf(error: Error): string {
  return error instanceof NormalizeError ? error.reason : error.message;
}

const SPACES = /[\s\u00a0\u2007\u2009\u202f]+/g;

/** True for the characters `SPACES` matches (\s with the no-break and thin spaces). */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x2007 ||
    c === 0x2009 ||
    c === 0x202f ||
    (c > 0x1000 && /\s/.test(String.fromCharCode(c)))
  );
}

/** True when `value` has no space at either end, nor a run or a kind of space `text` would change. */
function isClean(value: string): boolean {
  const n = value.length;
  let previousSpace = true; // a space at the start is not clean
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 32) {
      if (previousSpace) return false;
      previousSpace = true;
    } else if (c < 33 ? c >= 9 : c >= 0xa0 && isSpace(c)) return false;
    else previousSpace = false;
  }
  return !previousSpace;
}

/** Trimmed, inner runs of spaces collapsed; null when empty. */
export function text(value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  // Cells of a file are clean most of the time: they are returned as they are.
  if (isClean(value)) return value;
  const cleaned = value.replace(SPACES, ' ').trim();
  return cleaned === '' ? null : cleaned;
}

/** True when no character would change in upper case (ASCII other than a–z). */
function isUpperAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 127 || (c >= 97 && c <= 122)) return false;
  }
  return true;
}

/** Like `text`, upper case (names, codes). */
export function upper(value: string | null | undefined): string | null {
  const cleaned = text(value);
  return cleaned === null || isUpperAscii(cleaned) ? cleaned : cleaned.toUpperCase();
}

/** A fiscal code: spaces removed, upper case. */
export function fiscalCode(value: string | null | undefined): string | null {
  const cleaned = value === null || value === undefined ? '' : normalizeFiscalCode(value);
  return cleaned === '' ? null : cleaned;
}

/** `dd/mm/yyyy`, ISO dates and Excel serials to `YYYY-MM-DD`. */
export function date(value: string | null | undefined, attribute: string): Normalized<string> {
  const given = text(value);
  if (given === null) return null;
  return (
    parseItalianDate(given) ??
    new NormalizeError(attribute, given, 'non è una data valida (gg/mm/aaaa)')
  );
}

/** `1.234,56`, `1234.56`, `€ 10` to a decimal string with a dot. */
export function amount(value: string | null | undefined, attribute: string): Normalized<string> {
  const given = text(value);
  if (given === null) return null;
  return (
    parseItalianAmount(given) ?? new NormalizeError(attribute, given, 'non è un importo valido')
  );
}

/** A whole number. */
export function integer(value: string | null | undefined, attribute: string): Normalized<number> {
  const given = text(value);
  if (given === null) return null;
  return INTEGER.test(given)
    ? Number(given)
    : new NormalizeError(attribute, given, 'non è un numero intero');
}
const INTEGER = /^[+-]?\d{1,9}$/;

/** Genere: `M`/`F` (also `1`/`2`, `maschio`/`femmina`) to `M`/`F`. */
export function sex(value: string | null | undefined): Normalized<'M' | 'F'> {
  const given = upper(value);
  if (given === null) return null;
  if (given === '1' || given === 'M' || given === 'MASCHIO') return 'M';
  if (given === '2' || given === 'F' || given === 'FEMMINA') return 'F';
  return new NormalizeError('Genere', value!, 'non è M, F, 1 o 2');
}

/** Sì/no fields coded 1 = sì, 2 = no (PresaCarico), also `S`, `SI`, `N`, `NO`, `true`, `false`. */
export function yesNo(value: string | null | undefined, attribute: string): Normalized<boolean> {
  const given = upper(value);
  if (given === null) return null;
  if (YES.has(given)) return true;
  if (NO.has(given)) return false;
  return new NormalizeError(attribute, value!, 'non è 1 (sì) o 2 (no)');
}
const YES = new Set(['1', 'S', 'SI', 'SÌ', 'Y', 'YES', 'TRUE', 'VERO']);
const NO = new Set(['2', '0', 'N', 'NO', 'FALSE', 'FALSO']);

/** A numeric code with a fixed number of digits, left-padded (`3` → `03` for a region). */
export function digits(
  value: string | null | undefined,
  length: number,
  attribute: string,
): Normalized<string> {
  const given = text(value);
  if (given === null) return null;
  if (!DIGITS.test(given) || given.length > length)
    return new NormalizeError(attribute, given, `deve avere ${length} cifre`);
  return given.length === length ? given : given.padStart(length, '0');
}
const DIGITS = /^\d+$/;

/**
 * A country (citizenship, residence) as ISO 3166 numeric: digits as they are, ISO alpha-2/3
 * codes and names when they point to one country. Italy in any of its forms is 380.
 */
export function country(value: string | null | undefined, attribute: string): Normalized<string> {
  const given = text(value);
  if (given === null) return null;
  if (given === ITALY) return ITALY;
  if (/^\d{1,3}$/.test(given)) return given.padStart(3, '0');
  const key = given.toUpperCase();
  if (key === 'IT' || key === 'ITA' || key === 'ITALIA' || key === 'ITALY' || key === 'ITALIANA')
    return ITALY;
  const found =
    (/^[A-Za-z]{2,3}$/.test(given) ? findCountryByAlpha(given) : undefined) ??
    findCountryByName(given);
  if (found?.isoNumeric) return found.isoNumeric;
  return new NormalizeError(
    attribute,
    given,
    'non corrisponde a un solo Stato (usare il codice ISO numerico, es. 380)',
  );
}

/** True when the numeric country code exists (Italy, 990 «non disponibile», or a known state). */
export function isKnownCountry(code: string): boolean {
  return code === ITALY || code === '990' || findCountryByIsoNumeric(code) !== undefined;
}

/** A service code: upper case without spaces (`a1.04` → `A1.04`). */
export function serviceCode(value: string | null | undefined): string | null {
  const given = text(value);
  if (given === null) return null;
  return given.indexOf(' ') < 0 && isUpperAscii(given)
    ? given
    : given.replace(/\s+/g, '').toUpperCase();
}
