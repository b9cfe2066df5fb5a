import { findComuneByBelfiore, hasComuneWithBelfiore } from './comuni';
import { findCountryByZCode, hasCountryWithZCode } from './countries';
import type { BirthPlace } from './types';

/**
 * What a birth place code of a codice fiscale names: a comune (Belfiore code, also soppressed) or,
 * for Z-codes, a foreign country. Undefined for codes nobody assigned.
 */
export function resolveBirthPlace(code: string): BirthPlace | undefined {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]\d{3}$/.test(upper)) return undefined;
  if (upper.startsWith('Z')) {
    const country = findCountryByZCode(upper);
    return country && { kind: 'COUNTRY', country };
  }
  const comune = findComuneByBelfiore(upper);
  return comune && { kind: 'COMUNE', comune };
}

/**
 * True when a normalized code (upper-case letter and three digits, as a codice fiscale carries
 * it) names a comune or a foreign country: `resolveBirthPlace` without building its answer.
 */
export function isKnownBirthPlaceCode(code: string): boolean {
  return code.charCodeAt(0) === 90 ? hasCountryWithZCode(code) : hasComuneWithBelfiore(code);
}
