/** An Italian comune, current or soppressed, as the reference data describes it. */
export interface Comune {
  /** Codice catastale (Belfiore) of the Agenzia delle Entrate, e.g. `F205`. */
  belfioreCode: string;
  /**
   * ISTAT code, 6 digits (`015146`). For soppressed comuni it is the last ISTAT code when the
   * sources carry it (comuni soppressed since 2020), otherwise `''`.
   */
  istatCode: string;
  /** Official Italian name (`Bolzano`); for soppressed comuni the last name known. */
  name: string;
  /** Province sigla (`MI`); for soppressed comuni the province of the Agenzia delle Entrate list. */
  provinceCode: string;
  /** 2-digit ISTAT region code (`03`); `''` for comuni of territories no longer Italian (Istria, Zara). */
  regionCode: string;
  /** Italian name of the region (`Lombardia`), `''` with no region. */
  regionName: string;
  /** False for soppressed comuni: still valid birth places in old codici fiscali. */
  active: boolean;
  /** Names in the other official language (`Bozen`) and former names (`Abano Bagni`), for search. */
  otherNames: readonly string[];
}

/** A foreign country or territory with a Z-code of the Agenzia delle Entrate. */
export interface Country {
  /** Codice catastale of the foreign state (`Z404`), the birth place of codici fiscali. */
  zCode: string;
  /**
   * ISO 3166-1 numeric code, 3 digits (`840`), the code of SIUSS citizenship and country fields.
   * Former states carry their ISO 3166-3 code (Yugoslavia `891`); territories without an ISO code
   * have `''`.
   */
  isoNumeric: string;
  /** ISO 3166-1 alpha-2 (`US`), `''` when none. */
  isoAlpha2: string;
  /** ISO 3166-1 alpha-3 (`USA`), `''` when none. */
  isoAlpha3: string;
  /** Italian name (`Stati Uniti d'America`). */
  nameIt: string;
  /** English ISO short name (`United States of America`); the Italian name when there is none. */
  nameEn: string;
  /** False for states and codes no longer in use (still valid birth places). */
  active: boolean;
  /** Other Italian and English names (`Ceylon`, `USA`), for search. */
  otherNames: readonly string[];
}

/** A birth place code resolved to a comune or a foreign country. */
export type BirthPlace = { kind: 'COMUNE'; comune: Comune } | { kind: 'COUNTRY'; country: Country };
