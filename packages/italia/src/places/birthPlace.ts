import { findComuneByBelfiore } from './comuni';
import { findCountryByZCode } from './countries';
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
