import {
  checkFiscalCode,
  findComuneByIstat,
  findCountryByIsoNumeric,
  fiscalCodeMismatches,
  ITALY_ISO_NUMERIC,
  isIsoDate,
  resolveBirthPlace,
  type Sex,
} from '@sisa/italia';
import { applyUpdate, type FieldError, type UpdateOf } from '@sisa/kernel';
import type {
  AddressInput as GeneratedAddressInput,
  SubjectInput as GeneratedSubjectInput,
} from '../generated/resolvers';

/** A subject as written by `createSubject` / `updateSubject` (built-in fields only). */
export type SubjectInput = Omit<GeneratedSubjectInput, 'customFields'>;

export type AddressInput = GeneratedAddressInput;

/** The built-in values to store, normalised (upper-case code, trimmed names, flat residence). */
export interface SubjectValues {
  fiscalCode: string;
  firstName: string;
  lastName: string;
  sex: Sex;
  birthDate: string;
  birthPlaceCode: string;
  citizenshipCode: string;
  residenceStreet: string | null;
  residencePostalCode: string | null;
  residenceMunicipalityCode: string | null;
  residenceCountryCode: string | null;
  phone: string | null;
  email: string | null;
}

const OLDEST_BIRTH_DATE = '1890-01-01';
const NAME_MAX = 100;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_RE = /^\+?[0-9][0-9 ./-]{5,24}$/;

const MISMATCH_MESSAGES = {
  sex: ['sex', 'Il sesso non corrisponde al codice fiscale'],
  birthDate: ['birthDate', 'La data di nascita non corrisponde al codice fiscale'],
  birthPlaceCode: ['birthPlaceCode', 'Il luogo di nascita non corrisponde al codice fiscale'],
} as const;

function cleanText(value: string | null | undefined): string | null {
  const text = value?.trim().replace(/\s+/g, ' ') ?? '';
  return text === '' ? null : text;
}

function checkName(value: string, field: string, label: string, errors: FieldError[]): string {
  const name = cleanText(value) ?? '';
  if (!/\p{L}/u.test(name)) errors.push({ field, message: `${label} è obbligatorio` });
  else if (name.length > NAME_MAX)
    errors.push({ field, message: `${label}: al massimo ${NAME_MAX} caratteri` });
  return name;
}

/** True for `380` (Italia) and every ISO 3166 numeric code of the reference countries. */
export function isKnownCountryCode(code: string): boolean {
  return code === ITALY_ISO_NUMERIC || findCountryByIsoNumeric(code) !== undefined;
}

function checkResidence(address: AddressInput, prefix: string, errors: FieldError[]) {
  const countryCode = cleanText(address.countryCode) ?? ITALY_ISO_NUMERIC;
  const street = cleanText(address.street);
  const postalCode = cleanText(address.postalCode);
  const municipalityCode = cleanText(address.municipalityCode);
  if (!/^\d{3}$/.test(countryCode) || !isKnownCountryCode(countryCode)) {
    errors.push({
      field: `${prefix}.countryCode`,
      message: 'Stato sconosciuto: indicare il codice ISO 3166 numerico (380 = Italia)',
    });
  }
  if (street && street.length > 200)
    errors.push({ field: `${prefix}.street`, message: 'Indirizzo: al massimo 200 caratteri' });
  if (countryCode === ITALY_ISO_NUMERIC) {
    const comune = municipalityCode ? findComuneByIstat(municipalityCode) : undefined;
    if (!municipalityCode)
      errors.push({
        field: `${prefix}.municipalityCode`,
        message: 'Indicare il comune di residenza (codice ISTAT)',
      });
    else if (!comune || !comune.active) {
      errors.push({
        field: `${prefix}.municipalityCode`,
        message: `Comune sconosciuto o soppresso: ${municipalityCode} (codice ISTAT di 6 cifre)`,
      });
    }
    if (postalCode && !/^\d{5}$/.test(postalCode))
      errors.push({ field: `${prefix}.postalCode`, message: 'Il CAP ha 5 cifre' });
  } else {
    if (municipalityCode)
      errors.push({
        field: `${prefix}.municipalityCode`,
        message: 'Il comune si indica solo per una residenza in Italia',
      });
    if (postalCode && postalCode.length > 12)
      errors.push({ field: `${prefix}.postalCode`, message: 'Codice postale troppo lungo' });
  }
  return {
    residenceStreet: street,
    residencePostalCode: postalCode,
    residenceMunicipalityCode: countryCode === ITALY_ISO_NUMERIC ? municipalityCode : null,
    residenceCountryCode: countryCode,
  };
}

/**
 * Checks and normalises a subject's built-in fields: every problem is a field error in Italian on
 * `input.<field>`. The codice fiscale must be a valid person's code (format, check character,
 * omocodia) that agrees with sex, birth date and birth place; the birth place must be a known
 * comune (also soppressed) or foreign country; the residence comune a current one. `today` is
 * the date in Italy. Uniqueness needs the database and is checked by the caller.
 */
export function checkSubjectInput(
  input: SubjectInput,
  today: string,
): { values: SubjectValues; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const add = (field: string, message: string) => errors.push({ field: `input.${field}`, message });

  const firstName = checkName(input.firstName, 'input.firstName', 'Il nome', errors);
  const lastName = checkName(input.lastName, 'input.lastName', 'Il cognome', errors);
  const birthPlaceCode = input.birthPlaceCode.trim().toUpperCase();
  const citizenshipCode = cleanText(input.citizenshipCode) ?? ITALY_ISO_NUMERIC;

  if (input.sex !== 'M' && input.sex !== 'F') add('sex', 'Il sesso è M o F');
  const birthDateOk =
    isIsoDate(input.birthDate) && input.birthDate >= OLDEST_BIRTH_DATE && input.birthDate <= today;
  if (!birthDateOk) add('birthDate', 'Data di nascita non valida o futura');
  const birthPlaceOk = resolveBirthPlace(birthPlaceCode) !== undefined;
  if (!birthPlaceOk) {
    add(
      'birthPlaceCode',
      'Luogo di nascita sconosciuto: indicare il codice catastale del comune o il codice Z dello Stato estero',
    );
  }
  if (!/^\d{3}$/.test(citizenshipCode) || !isKnownCountryCode(citizenshipCode)) {
    add(
      'citizenshipCode',
      'Cittadinanza sconosciuta: indicare il codice ISO 3166 numerico dello Stato (380 = Italia)',
    );
  }

  const check = checkFiscalCode(input.fiscalCode, { referenceDate: today });
  if (!check.valid) add('fiscalCode', check.error ?? 'Codice fiscale non valido');
  else if (check.kind !== 'PERSON')
    add('fiscalCode', 'Per una persona il codice fiscale ha 16 caratteri');
  else {
    const declared = {
      sex: input.sex,
      ...(birthDateOk ? { birthDate: input.birthDate } : {}),
      ...(birthPlaceOk ? { birthPlaceCode } : {}),
    };
    for (const mismatch of fiscalCodeMismatches(check.normalized, declared)) {
      const [field, message] = MISMATCH_MESSAGES[mismatch];
      add(field, message);
    }
  }

  const phone = cleanText(input.phone);
  if (phone && !PHONE_RE.test(phone)) add('phone', 'Numero di telefono non valido');
  const email = cleanText(input.email)?.toLowerCase() ?? null;
  if (email && (email.length > 254 || !EMAIL_RE.test(email)))
    add('email', 'Indirizzo email non valido');

  const residence = input.residence
    ? checkResidence(input.residence, 'input.residence', errors)
    : {
        residenceStreet: null,
        residencePostalCode: null,
        residenceMunicipalityCode: null,
        residenceCountryCode: null,
      };

  return {
    values: {
      fiscalCode: check.normalized,
      firstName,
      lastName,
      sex: input.sex,
      birthDate: input.birthDate,
      birthPlaceCode,
      citizenshipCode,
      ...residence,
      phone,
      email,
    },
    errors,
  };
}

/** `SubjectUpdateInput`: every field optional; absent keeps the saved value, null clears it. */
export type SubjectUpdateInput = UpdateOf<SubjectInput>;

/** The fields a subject cannot be without: an update may leave them out, never clear them. */
export const REQUIRED_SUBJECT_FIELDS = [
  'fiscalCode',
  'firstName',
  'lastName',
  'sex',
  'birthDate',
  'birthPlaceCode',
  'citizenshipCode',
] as const satisfies readonly (keyof SubjectInput)[];

/** A subject as the entity holds it (its nullable fields may be undefined). */
export type SavedSubject = {
  [K in keyof SubjectValues]: null extends SubjectValues[K]
    ? SubjectValues[K] | undefined
    : SubjectValues[K];
};

/** The saved subject as a full input: the base an update's fields are laid over. */
export function subjectInputOf(saved: SavedSubject): SubjectInput {
  return {
    fiscalCode: saved.fiscalCode,
    firstName: saved.firstName,
    lastName: saved.lastName,
    sex: saved.sex,
    birthDate: saved.birthDate,
    birthPlaceCode: saved.birthPlaceCode,
    citizenshipCode: saved.citizenshipCode,
    residence: saved.residenceCountryCode
      ? {
          street: saved.residenceStreet ?? null,
          postalCode: saved.residencePostalCode ?? null,
          municipalityCode: saved.residenceMunicipalityCode ?? null,
          countryCode: saved.residenceCountryCode,
        }
      : null,
    phone: saved.phone ?? null,
    email: saved.email ?? null,
  };
}

/**
 * The full input an update stands for: the saved subject with the update's fields laid over it
 * (`residence`, when sent, replaces the whole residence). Null on a required field is a field error.
 */
export function mergeSubjectUpdate(
  saved: SavedSubject,
  update: SubjectUpdateInput,
): { input: SubjectInput; errors: FieldError[] } {
  const { values, errors } = applyUpdate(subjectInputOf(saved), update, REQUIRED_SUBJECT_FIELDS);
  return { input: values, errors };
}
