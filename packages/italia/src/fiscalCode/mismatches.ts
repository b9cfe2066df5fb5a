import { isIsoDate } from '../calendar/isoDate';
import { checkFiscalCode } from './check';
import type { Sex } from './types';

/** A declared datum that a codice fiscale contradicts. */
export type FiscalCodeMismatch = 'sex' | 'birthDate' | 'birthPlaceCode';

/**
 * Which declared data disagree with what a valid person's code encodes. Only the data given are
 * compared; the birth date is compared on day, month and the last two digits of the year (the
 * code has no century); the birth place on the Belfiore/Z code, omocodia undone. A code that is
 * not a valid person's code gives `[]`: `checkFiscalCode` reports its error.
 */
export function fiscalCodeMismatches(
  code: string,
  p: { sex?: Sex; birthDate?: string; birthPlaceCode?: string },
): FiscalCodeMismatch[] {
  const decoded = checkFiscalCode(code).decoded;
  if (!decoded) return [];
  const mismatches: FiscalCodeMismatch[] = [];
  if (p.sex !== undefined && p.sex !== decoded.sex) mismatches.push('sex');
  if (p.birthDate !== undefined && !sameDateInCentury(p.birthDate, decoded.birthDate))
    mismatches.push('birthDate');
  if (
    p.birthPlaceCode !== undefined &&
    p.birthPlaceCode.trim().toUpperCase() !== decoded.birthPlaceCode
  ) {
    mismatches.push('birthPlaceCode');
  }
  return mismatches;
}

function sameDateInCentury(declared: string, decoded: string): boolean {
  return isIsoDate(declared) && declared.slice(2) === decoded.slice(2);
}
