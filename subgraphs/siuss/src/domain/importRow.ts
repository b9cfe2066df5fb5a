import type { BenefitData } from './benefit';
import { ITALY, USER_AREAS } from './codes';
import { CHARACTER_BY_CODE, MEANS_TEST_BY_CODE } from './importColumns';
import * as n from './normalize';
import { periodoErogazione } from './periodicSplit';

/** One data row of an import: attribute name → the text in the file. */
export type ImportRow = Record<string, string | undefined>;

/**
 * Rows as a file gives them, each with its line number as a spreadsheet shows it (the header is
 * line 1, so the first data row is 2; a quoted field across lines counts every line).
 */
export interface ImportBatch {
  rows: ImportRow[];
  lines: number[];
}

export type RowResult =
  { data: BenefitData; customFields: Record<string, string> } | { reasons: string[] };

const CUSTOM_PREFIX = 'customFields.';
const AMOUNT = /^-?\d{1,10}(\.\d{1,2})?$/;
const AMOUNT_FIELDS = [
  'amount',
  'monthlyAmount',
  'entityShare',
  'userShare',
  'healthServiceShare',
  'requestedShare',
  'iseeThreshold',
] as const;

/**
 * Reads one row into a record. A row is rejected (with every reason) when a value cannot be read
 * (a date that is not a date, an unknown country name…) or an attribute without which the record
 * cannot exist is missing; otherwise it is accepted, and its rule problems become issues.
 *
 * It runs once per row of a bulk import: the record is one object literal (V8 builds it in one
 * step, where a spread of defaults followed by overrides costs tens of µs), and only problems
 * allocate messages.
 */
export function benefitFromRow(
  row: ImportRow,
  serviceName: (code: string) => string | null,
  customKeys: readonly string[] = customFieldKeys(row),
): RowResult {
  let reasons: string[] | null = null;
  const reason = (message: string) => (reasons ??= []).push(message);
  const read = <T>(value: n.Normalized<T>): T | null => {
    if (value instanceof Error) {
      reason(value.message);
      return null;
    }
    return value;
  };
  const required = (attribute: string): string | null => {
    const value = n.text(row[attribute]);
    if (value === null) reason(`${attribute} mancante`);
    return value;
  };
  const coded = <T>(attribute: string, table: Record<string, T>): T | null => {
    const value = required(attribute);
    if (value === null) return null;
    const found = table[value.toUpperCase()];
    if (found === undefined)
      reason(
        `${attribute}: «${value}» non è un codice ammesso (${Object.keys(table)
          .filter((k) => /^\d$/.test(k))
          .join(', ')})`,
      );
    return found ?? null;
  };

  const fiscalCode = n.fiscalCode(required('CodiceFiscale'));
  const meansTest = coded('PresenzaProvaMezzi', MEANS_TEST_BY_CODE);
  const character = coded('CaratterePrestazione', CHARACTER_BY_CODE);
  const serviceCode = n.serviceCode(required('CodicePrestazione'));
  const requestProtocol = required('ProtocolloDomanda');
  const takenInCharge =
    n.text(row.PresaCarico) === null
      ? (reason('PresaCarico mancante'), null)
      : read(n.yesNo(row.PresaCarico, 'PresaCarico'));
  const areaCode = n.text(row.AreaUtenza);
  const userArea =
    areaCode === null
      ? null
      : (USER_AREAS[Number(areaCode) - 1] ??
        (reason(`AreaUtenza: «${areaCode}» non è 1, 2 o 3`), null));
  const startDate = read(n.date(row.DataInizioPrestazione, 'DataInizioPrestazione'));
  const endDate = read(n.date(row.DataFinePrestazione, 'DataFinePrestazione'));
  const months = read(n.integer(row.PeriodoErogazione, 'PeriodoErogazione'));

  const data: BenefitData = {
    fiscalCode: fiscalCode ?? '',
    lastName: n.upper(row.Cognome),
    firstName: n.upper(row.Nome),
    birthYear: read(n.integer(row.AnnoNascita, 'AnnoNascita')),
    birthPlaceCode: n.upper(row.LuogoNascita),
    sex: read(n.sex(row.Genere)),
    citizenshipCode: read(n.country(row.CodiceCittadinanza, 'CodiceCittadinanza')),
    secondCitizenshipCode: read(
      n.country(row.CodiceSecondaCittadinanza, 'CodiceSecondaCittadinanza'),
    ),
    regionCode: read(n.digits(row.CodiceRegione, 2, 'CodiceRegione')),
    municipalityCode: read(n.digits(row.CodiceComune, 6, 'CodiceComune')),
    countryCode: read(n.country(row.CodiceNazione, 'CodiceNazione')) ?? ITALY,
    meansTest: meansTest ?? 'NONE',
    character: character ?? 'OCCASIONAL',
    serviceCode: serviceCode ?? '',
    serviceName:
      n.text(row.DenominazionePrestazione) ?? (serviceCode ? serviceName(serviceCode) : null) ?? '',
    requestProtocol: requestProtocol ?? '',
    eventDate: read(n.date(row.DataEvento, 'DataEvento')),
    startDate,
    endDate,
    paymentDate: read(n.date(row.DataErogazionePrestazione, 'DataErogazionePrestazione')),
    amount: read(n.amount(row.ImportoPrestazione, 'ImportoPrestazione')),
    monthlyAmount: read(n.amount(row.ImportoMensile, 'ImportoMensile')),
    months:
      months ??
      (character === 'PERIODIC' && startDate && endDate && endDate >= startDate
        ? periodoErogazione(startDate, endDate)
        : null),
    entityShare: read(n.amount(row.ImportoQuotaEnte, 'ImportoQuotaEnte')),
    userShare: read(n.amount(row.ImportoQuotaUtente, 'ImportoQuotaUtente')),
    healthServiceShare: read(n.amount(row.ImportoQuotaSSN, 'ImportoQuotaSSN')),
    requestedShare: read(n.amount(row.ImportoQuotaRichiesta, 'ImportoQuotaRichiesta')),
    iseeThreshold: read(n.amount(row.ImportoSogliaISEE, 'ImportoSogliaISEE')),
    monthlyHours: read(n.amount(row.OreServizioMensile, 'OreServizioMensile')),
    takenInCharge: takenInCharge ?? false,
    userArea,
    dsuProtocol: n.upper(row.NumeroProtocolloDSU),
    dsuYear: read(n.integer(row.AnnoProtocolloDSU, 'AnnoProtocolloDSU')),
    dsuDate: read(n.date(row.DataDSU, 'DataDSU')),
    sina: null,
    sinba: null,
  };
  for (const amountField of AMOUNT_FIELDS) {
    const value = data[amountField];
    if (value !== null && !AMOUNT.test(value))
      reason(`${amountField}: «${value}» ha troppe cifre o più di due decimali`);
  }
  if (reasons) return { reasons };
  return {
    data,
    customFields:
      customKeys.length === 0
        ? (NO_CUSTOM_FIELDS as Record<string, string>)
        : customFieldsOf(row, customKeys),
  };
}

const NO_CUSTOM_FIELDS: Readonly<Record<string, string>> = Object.freeze({});

/** The `customFields.<key>` attributes of a row: the same for every row of a file, read once. */
export function customFieldKeys(row: ImportRow): string[] {
  return Object.keys(row).filter((key) => key.startsWith(CUSTOM_PREFIX));
}

function customFieldsOf(row: ImportRow, keys: readonly string[]): Record<string, string> {
  const customFields: Record<string, string> = {};
  for (const key of keys) {
    const value = row[key];
    if (value !== undefined && value.trim() !== '')
      customFields[key.slice(CUSTOM_PREFIX.length)] = value.trim();
  }
  return customFields;
}
