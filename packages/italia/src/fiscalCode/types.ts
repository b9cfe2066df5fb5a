/** Sex as the codice fiscale encodes it. */
export type Sex = 'M' | 'F';

/** What a person's codice fiscale says about them. */
export interface DecodedFiscalCode {
  /** `YYYY-MM-DD`; the century is inferred (see `resolveBirthYear`). */
  birthDate: string;
  sex: Sex;
  /** Belfiore code of the comune (`F205`) or Z-code of the foreign country (`Z404`), omocodia undone. */
  birthPlaceCode: string;
  /** True when some digits were replaced by letters (omocodia). */
  omocode: boolean;
}

/** The outcome of {@link checkFiscalCode}. */
export interface FiscalCodeCheck {
  valid: boolean;
  /** The input trimmed, upper case, without spaces. */
  normalized: string;
  /** PERSON for 16 characters, NUMERIC for 11 digits, null for anything else. */
  kind: 'PERSON' | 'NUMERIC' | null;
  /** Why the code is not valid, in Italian for the person who typed it; null when valid. */
  error: string | null;
  /** For valid person codes only. */
  decoded: DecodedFiscalCode | null;
}

/** The personal data a codice fiscale is computed from. */
export interface FiscalCodePerson {
  lastName: string;
  firstName: string;
  sex: Sex;
  /** `YYYY-MM-DD` */
  birthDate: string;
  /** Belfiore code of the comune or Z-code of the country of birth. */
  birthPlaceCode: string;
}
