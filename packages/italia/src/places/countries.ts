import countriesData from '../data/countries.json';
import { searchKey } from '../text/foldAccents';
import type { Country } from './types';

/** ISO 3166-1 numeric code of Italy, the default citizenship and country in SIUSS records. */
export const ITALY_ISO_NUMERIC = '380';
/** ISO 3166-1 alpha-2 code of Italy. */
export const ITALY_ISO_ALPHA2 = 'IT';
/** ISO 3166-1 alpha-3 code of Italy. */
export const ITALY_ISO_ALPHA3 = 'ITA';

interface CountryIndex {
  all: readonly Country[];
  byZCode: ReadonlyMap<string, Country>;
  /** ISO codes and name keys to the countries that carry them, current ones first. */
  byIso: ReadonlyMap<string, readonly Country[]>;
  byName: ReadonlyMap<string, readonly Country[]>;
}

let index: CountryIndex | undefined;

function countries(): CountryIndex {
  if (index) return index;
  const all: Country[] = [];
  const byZCode = new Map<string, Country>();
  const byIso = new Map<string, Country[]>();
  const byName = new Map<string, Country[]>();
  const add = (map: Map<string, Country[]>, key: string, country: Country) => {
    const list = map.get(key) ?? [];
    if (key && !list.includes(country)) map.set(key, [...list, country]);
  };
  for (const row of countriesData.rows) {
    const [zCode, isoNumeric, isoAlpha2, isoAlpha3, nameIt, nameEn, active, ...otherNames] =
      row.map(String);
    const country: Country = Object.freeze({
      zCode: zCode ?? '',
      isoNumeric: isoNumeric ?? '',
      isoAlpha2: isoAlpha2 ?? '',
      isoAlpha3: isoAlpha3 ?? '',
      nameIt: nameIt ?? '',
      nameEn: nameEn ?? '',
      active: active === '1',
      otherNames: Object.freeze(otherNames),
    });
    all.push(country);
    byZCode.set(country.zCode, country);
    for (const code of [country.isoNumeric, country.isoAlpha2, country.isoAlpha3])
      add(byIso, code, country);
    for (const name of [country.nameIt, country.nameEn, ...country.otherNames])
      add(byName, searchKey(name), country);
  }
  const activeFirst = (list: Country[]) => list.sort((a, b) => Number(b.active) - Number(a.active));
  byIso.forEach(activeFirst);
  index = { all: Object.freeze(all), byZCode, byIso, byName };
  return index;
}

/** Every foreign country and territory with a Z-code, current and former, in Z-code order. Italy is not one. */
export function allCountries(): readonly Country[] {
  return countries().all;
}

/** The country with a Z-code (`Z404`, any case). */
export function findCountryByZCode(code: string): Country | undefined {
  return countries().byZCode.get(code.trim().toUpperCase());
}

/** True when a Z-code as stored (upper case, no spaces) names a country: a lookup, no copy. */
export function hasCountryWithZCode(code: string): boolean {
  return countries().byZCode.has(code);
}

/**
 * The country with an ISO 3166-1 numeric code (`840`; `'8'` is read as `008`). When a state had
 * more Z-codes (Georgia: Z136 before 1995, Z254 now) the current one is returned. `380` (Italy)
 * gives undefined: see {@link ITALY_ISO_NUMERIC}.
 */
export function findCountryByIsoNumeric(code: string): Country | undefined {
  const trimmed = code.trim();
  if (!/^\d{1,3}$/.test(trimmed)) return undefined;
  return countries().byIso.get(trimmed.padStart(3, '0'))?.[0];
}

/** The country with an ISO 3166-1 alpha-2 or alpha-3 code, any case (`us`, `USA`); current first. */
export function findCountryByAlpha(code: string): Country | undefined {
  const upper = code.trim().toUpperCase();
  if (!/^[A-Z]{2,3}$/.test(upper)) return undefined;
  return countries().byIso.get(upper)?.[0];
}

/**
 * The country whose Italian, English or other name is `name` (accents, case and punctuation
 * ignored: `'stati uniti d america'`, `'United States'`, `'Ceylon'`), only when the answer is
 * unambiguous: a single current country, or a single former one when no current one matches.
 */
export function findCountryByName(name: string): Country | undefined {
  const matches = countries().byName.get(searchKey(name)) ?? [];
  const current = matches.filter((c) => c.active);
  const candidates = current.length > 0 ? current : matches;
  return candidates.length === 1 ? candidates[0] : undefined;
}
