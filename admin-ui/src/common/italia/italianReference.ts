// Loaded on demand (useItalianReference): @sisa/italia's fiscal-code checks and its comuni and
// countries (~150 KB gzipped), the same reference data the server validates with.
import {
  allCountries,
  checkFiscalCode,
  findComuneByBelfiore,
  findComuneByIstat,
  findCountryByIsoNumeric,
  findCountryByZCode,
  fiscalCodeMismatches,
  ITALY_ISO_NUMERIC,
  searchComuni,
  searchKey,
  type Comune,
  type Country,
} from '@sisa/italia';

export { checkFiscalCode, fiscalCodeMismatches };

/** What an autocomplete offers: the code stored and the label shown. */
export interface PlaceOption {
  code: string;
  label: string;
}

/** The kinds of place the forms ask for, each with the code the contract stores. */
export type PlaceKind = 'birthPlace' | 'comune' | 'country';

const comuneLabel = (c: Comune) =>
  `${c.name} (${c.provinceCode || '—'})${c.active ? '' : ' – soppresso'}`;
const countryLabel = (c: Country) => `${c.nameIt}${c.active ? '' : ' – non più esistente'}`;

function searchCountries(query: string, limit: number, withIso: boolean): Country[] {
  const key = searchKey(query);
  if (!key) return [];
  return allCountries()
    .filter((c) => (withIso ? c.isoNumeric : c.zCode))
    .filter((c) => [c.nameIt, c.nameEn, ...c.otherNames].some((n) => searchKey(n).startsWith(key)))
    .sort((a, b) => Number(b.active) - Number(a.active) || a.nameIt.localeCompare(b.nameIt, 'it'))
    .slice(0, limit);
}

// Italy has no Z code, so it is not among the foreign countries: citizenship and residence add it.
const ITALY: PlaceOption = { code: ITALY_ISO_NUMERIC, label: 'Italia' };

/** Places whose name starts with (or contains) what the user typed, best first. */
export function searchPlaces(kind: PlaceKind, query: string, limit = 15): PlaceOption[] {
  if (kind === 'country') {
    const italy = searchKey('Italia').startsWith(searchKey(query)) ? [ITALY] : [];
    return [
      ...italy,
      ...searchCountries(query, limit, true).map((c) => ({
        code: c.isoNumeric,
        label: countryLabel(c),
      })),
    ].slice(0, limit);
  }
  const comuni = searchComuni(query, limit * 3).filter((c) =>
    kind === 'comune' ? c.active && /^\d{6}$/.test(c.istatCode) : true,
  );
  const places = comuni.map((c) => ({
    code: kind === 'comune' ? c.istatCode : c.belfioreCode,
    label: comuneLabel(c),
  }));
  if (kind === 'birthPlace') {
    for (const c of searchCountries(query, 5, false))
      places.push({ code: c.zCode, label: `${countryLabel(c)} (Stato estero)` });
  }
  return places.slice(0, limit);
}

/** The label of a stored code, or the code itself when nobody assigned it. */
export function placeLabel(kind: PlaceKind, code: string): string {
  if (!code) return '';
  if (kind === 'country') {
    if (code === ITALY_ISO_NUMERIC) return ITALY.label;
    const country = findCountryByIsoNumeric(code);
    return country ? countryLabel(country) : code;
  }
  if (kind === 'comune') {
    const comune = findComuneByIstat(code);
    return comune ? comuneLabel(comune) : code;
  }
  if (/^Z/i.test(code)) {
    const country = findCountryByZCode(code);
    return country ? `${countryLabel(country)} (Stato estero)` : code;
  }
  const comune = findComuneByBelfiore(code);
  return comune ? comuneLabel(comune) : code;
}

/** The bare name of a stored code (no province or notes), or null when nobody assigned it. */
export function placeName(kind: PlaceKind, code: string): string | null {
  if (!code) return null;
  if (kind === 'country' || /^Z/i.test(code)) {
    if (kind === 'country' && code === ITALY_ISO_NUMERIC) return ITALY.label;
    const country = kind === 'country' ? findCountryByIsoNumeric(code) : findCountryByZCode(code);
    return country?.nameIt ?? null;
  }
  const comune = kind === 'comune' ? findComuneByIstat(code) : findComuneByBelfiore(code);
  return comune?.name ?? null;
}

/** "Milano (F205)", "Albania (008)": a code as the storico shows it; the code alone if unknown. */
export function placeWithCode(kind: PlaceKind, code: string): string {
  const name = placeName(kind, code);
  return name ? `${name} (${code})` : code;
}

/** The Italian regions (CodiceRegione of SIUSS), in code order. */
export { REGIONS } from '@sisa/italia';

/** The 2-digit region code of a comune's ISTAT code, or null. */
export function regionOfComune(istatCode: string): string | null {
  return findComuneByIstat(istatCode)?.regionCode || null;
}
