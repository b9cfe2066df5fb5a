import { applyUpdate, FieldErrors, type FieldError, type UpdateOf } from '@sisa/kernel';
import { EMPTY_BENEFIT, type BenefitData, type SinbaData } from '../domain/benefit';
import { ITALY } from '../domain/codes';
import * as n from '../domain/normalize';
import { periodoErogazione } from '../domain/periodicSplit';
import type { SocialBenefitInput as GeneratedSocialBenefitInput } from '../generated/resolvers';
import type { SiussRegistrySubjectFragment } from '../generated/registry';

/** `SocialBenefitInput` as GraphQL delivers it. */
export type SocialBenefitInput = GeneratedSocialBenefitInput;

/** `SocialBenefitUpdateInput`: every field optional; absent keeps the saved value, null clears it. */
export type SocialBenefitUpdateInput = UpdateOf<Omit<SocialBenefitInput, 'customFields'>> & {
  customFields?: unknown;
};

const REQUIRED_BENEFIT_FIELDS = [
  'fiscalCode',
  'serviceCode',
  'meansTest',
  'character',
  'requestProtocol',
  'takenInCharge',
] as const;

/** Months a periodic benefit's dates give (what a create computes when `months` is absent). */
function monthsOfDates(data: Pick<BenefitData, 'character' | 'startDate' | 'endDate'>) {
  return data.character === 'PERIODIC' &&
    data.startDate &&
    data.endDate &&
    data.endDate >= data.startDate
    ? periodoErogazione(data.startDate, data.endDate)
    : null;
}

/**
 * The saved record as a full input. Values the create derived (the months from the dates, the
 * service's name from the list) are left out when they are still what derivation gives, so an
 * update that changes the dates or the service derives them again.
 */
export function benefitInputOf(saved: BenefitData): Omit<SocialBenefitInput, 'customFields'> {
  return {
    ...saved,
    residence: {
      regionCode: saved.regionCode,
      municipalityCode: saved.municipalityCode,
      countryCode: saved.countryCode,
    },
    months: saved.months !== null && saved.months === monthsOfDates(saved) ? null : saved.months,
  };
}

/**
 * The full input an update stands for: the saved record with the update's fields laid over it
 * (`residence`, `sina` and `sinba`, when sent, replace the whole). A new service code without a
 * name takes the list's name. Null on a required field is a field error.
 */
export function mergeBenefitUpdate(
  saved: BenefitData,
  update: SocialBenefitUpdateInput,
): { input: SocialBenefitInput; errors: FieldError[] } {
  const { customFields, ...fields } = update;
  const { values, errors } = applyUpdate(benefitInputOf(saved), fields, REQUIRED_BENEFIT_FIELDS);
  if (fields.serviceCode != null && fields.serviceName === undefined) values.serviceName = null;
  return { input: { ...values, customFields }, errors };
}

function unwrap<T>(errors: FieldErrors, field: string, value: n.Normalized<T>): T | null {
  if (value instanceof Error) {
    errors.add(field, value.message);
    return null;
  }
  return value;
}

function sinbaOf(errors: FieldErrors, value: unknown): SinbaData | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object' || Array.isArray(value)) {
    errors.add('input.sinba', 'SINBA: atteso un oggetto attributo → codice');
    return null;
  }
  return value as SinbaData;
}

/**
 * Normalises a GraphQL input into a record: texts trimmed, codes and names upper case, countries
 * to ISO numeric, months computed from the dates of a periodic benefit when not given. Values
 * that cannot be read at all are field errors (nothing is saved); rule violations are not: they
 * become the record's issues.
 */
export function benefitFromInput(
  input: SocialBenefitInput,
  serviceName: (code: string) => string | null,
): { data: BenefitData; errors: FieldErrors } {
  const errors = new FieldErrors();
  const at = (field: string) => `input.${field}`;
  const serviceCode = n.serviceCode(input.serviceCode) ?? '';
  const countryCode =
    unwrap(
      errors,
      at('residence.countryCode'),
      n.country(input.residence?.countryCode, 'CodiceNazione'),
    ) ?? ITALY;
  const character = input.character;
  const startDate = input.startDate ?? null;
  const endDate = input.endDate ?? null;
  const months =
    input.months ??
    (character === 'PERIODIC' && startDate && endDate && endDate >= startDate
      ? periodoErogazione(startDate, endDate)
      : null);
  const data: BenefitData = {
    ...EMPTY_BENEFIT,
    fiscalCode: n.fiscalCode(input.fiscalCode) ?? '',
    lastName: n.upper(input.lastName),
    firstName: n.upper(input.firstName),
    birthYear: input.birthYear ?? null,
    birthPlaceCode: n.upper(input.birthPlaceCode),
    sex: unwrap(errors, at('sex'), n.sex(input.sex)),
    citizenshipCode: unwrap(
      errors,
      at('citizenshipCode'),
      n.country(input.citizenshipCode, 'CodiceCittadinanza'),
    ),
    secondCitizenshipCode: unwrap(
      errors,
      at('secondCitizenshipCode'),
      n.country(input.secondCitizenshipCode, 'CodiceSecondaCittadinanza'),
    ),
    regionCode: unwrap(
      errors,
      at('residence.regionCode'),
      n.digits(input.residence?.regionCode, 2, 'CodiceRegione'),
    ),
    municipalityCode: unwrap(
      errors,
      at('residence.municipalityCode'),
      n.digits(input.residence?.municipalityCode, 6, 'CodiceComune'),
    ),
    countryCode,
    meansTest: input.meansTest,
    character,
    serviceCode,
    serviceName: n.text(input.serviceName) ?? serviceName(serviceCode) ?? '',
    requestProtocol: n.text(input.requestProtocol) ?? '',
    eventDate: input.eventDate ?? null,
    startDate,
    endDate,
    paymentDate: input.paymentDate ?? null,
    amount: input.amount ?? null,
    monthlyAmount: input.monthlyAmount ?? null,
    months,
    entityShare: input.entityShare ?? null,
    userShare: input.userShare ?? null,
    healthServiceShare: input.healthServiceShare ?? null,
    requestedShare: input.requestedShare ?? null,
    iseeThreshold: input.iseeThreshold ?? null,
    monthlyHours: input.monthlyHours ?? null,
    takenInCharge: input.takenInCharge,
    userArea: input.userArea ?? null,
    dsuProtocol: n.upper(input.dsuProtocol),
    dsuYear: input.dsuYear ?? null,
    dsuDate: input.dsuDate ?? null,
    sina: input.sina
      ? {
          ...input.sina,
          neededServices: (input.sina.neededServices ?? []).map((c) => n.serviceCode(c) ?? c),
          civilDisabilities: input.sina.civilDisabilities ?? [],
        }
      : null,
    sinba: sinbaOf(errors, input.sinba),
  };
  if (!data.fiscalCode) errors.add(at('fiscalCode'), 'CodiceFiscale è obbligatorio');
  return { data, errors };
}

/** Anagrafica fields still empty, taken from the registry's subject with the same fiscal code. */
export type RegistrySubject = Omit<SiussRegistrySubjectFragment, 'id'>;

export function fillFromSubject(
  data: BenefitData,
  subject: RegistrySubject | null,
  residenceGiven: boolean,
): BenefitData {
  if (!subject) return data;
  const residence = subject.residence;
  return {
    ...data,
    lastName: data.lastName ?? subject.lastName.toUpperCase(),
    firstName: data.firstName ?? subject.firstName.toUpperCase(),
    birthYear: data.birthYear ?? Number(subject.birthDate.slice(0, 4)),
    birthPlaceCode: data.birthPlaceCode ?? subject.birthPlaceCode,
    sex: data.sex ?? subject.sex,
    citizenshipCode: data.citizenshipCode ?? subject.citizenshipCode,
    ...(!residenceGiven && residence
      ? {
          countryCode: residence.countryCode,
          regionCode: residence.regionCode,
          municipalityCode: residence.municipalityCode,
        }
      : {}),
  };
}
