import { readPersonCode, type FiscalCodeDateOptions } from './decode';
import { isUpperAlphanumeric, normalizeFiscalCode } from './normalize';
import { numericFiscalCodeError } from './numeric';
import type { FiscalCodeCheck } from './types';

/**
 * Checks a codice fiscale as typed by a person or read from a file.
 *
 * - 16 characters (people): characters allowed in each position, omocodia in any of the seven
 *   digit positions, month letter, day 1–31 (women 41–71), a real birth date, check character,
 *   birth place known (comune, also soppressed, or foreign country).
 * - 11 digits (enti, companies, provisional codes): check digit.
 *
 * The input is normalized first (spaces removed, upper case). `decoded` is set for valid person
 * codes; the century of the birth year is the most recent one not in the future of
 * `options.referenceDate` (default today).
 */
export function checkFiscalCode(
  input: string,
  options: FiscalCodeDateOptions = {},
): FiscalCodeCheck {
  const normalized = normalizeFiscalCode(input);
  if (normalized === '') return result(normalized, null, 'Codice fiscale mancante');
  const alphanumeric = isUpperAlphanumeric(normalized);
  if (normalized.length === 16 && alphanumeric) {
    const reading = readPersonCode(normalized, options);
    return {
      valid: reading.error === null,
      normalized,
      kind: 'PERSON',
      error: reading.error,
      decoded: reading.decoded,
    };
  }
  if (/^\d{11}$/.test(normalized))
    return result(normalized, 'NUMERIC', numericFiscalCodeError(normalized));
  if (/^\d+$/.test(normalized)) {
    return result(
      normalized,
      null,
      `Il codice fiscale numerico deve avere 11 cifre (ne ha ${normalized.length})`,
    );
  }
  if (!alphanumeric) {
    return result(normalized, null, 'Il codice fiscale può contenere solo lettere e cifre');
  }
  return result(
    normalized,
    null,
    `Il codice fiscale deve avere 16 caratteri, o 11 cifre se numerico (ne ha ${normalized.length})`,
  );
}

function result(
  normalized: string,
  kind: FiscalCodeCheck['kind'],
  error: string | null,
): FiscalCodeCheck {
  return { valid: error === null, normalized, kind, error, decoded: null };
}
