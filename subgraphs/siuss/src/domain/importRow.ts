import type { BenefitData } from './benefit';
import { ITALY, USER_AREAS } from './codes';
import { CHARACTER_BY_CODE, MEANS_TEST_BY_CODE } from './importColumns';
import * as n from './normalize';
import type { ColumnNames } from './importIssues';
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
  /** Each row's cells as in the file, in the file's column order (for the file of rejects). */
  cells?: RawCell[][];
  /** What the file is: its header and names of columns (the same object for every batch). */
  source?: ImportSource;
}

/** A cell as the file holds it: text, or for XLSX a number, a boolean or a date (ISO). */
export type RawCell = string | number | boolean | null | { date: string };

/** The file's own columns: what rejected rows are reported and written back with. */
export interface ImportSource {
  /** The header row as in the file (fixed-width text: the layout's names of its fields). */
  header: RawCell[];
  /** Attribute → the column's name in the file. */
  names: ColumnNames;
  /** The delimiter of delimited text; null for XLSX and fixed-width text. */
  delimiter: string | null;
}

/**
 * A problem of one cell: the attribute (the catalogue says its field), the text exactly as in
 * the file ('' when the cell is empty or the column missing) and what is wrong, in Italian,
 * without the column's name (the reader knows what the file calls it).
 */
export interface RowIssue {
  attribute: string;
  value: string;
  message: string;
}

export type RowResult =
  { data: BenefitData; customFields: Record<string, string> } | { issues: RowIssue[] };

const CUSTOM_PREFIX = 'customFields.';
const AMOUNT = /^-?\d{1,10}(\.\d{1,2})?$/;
const MANY_DECIMALS = /\.\d{3,}$/;
export const MISSING = 'valore mancante (obbligatorio)';

/**
 * Reads one row into a record. A row is rejected (with every problem) when a value cannot be read
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
  let issues: RowIssue[] | null = null;
  const problem = (attribute: string, message: string) =>
    (issues ??= []).push({ attribute, value: row[attribute] ?? '', message });
  const read = <T>(attribute: string, value: n.Normalized<T>): T | null => {
    if (value instanceof Error) {
      problem(attribute, n.reasonOf(value));
      return null;
    }
    return value;
  };
  const required = (attribute: string): string | null => {
    const value = n.text(row[attribute]);
    if (value === null) problem(attribute, MISSING);
    return value;
  };
  const coded = <T>(attribute: string, table: Record<string, T>): T | null => {
    const value = required(attribute);
    if (value === null) return null;
    const found = table[value.toUpperCase()];
    if (found === undefined)
      problem(
        attribute,
        `non è un codice ammesso (${Object.keys(table)
          .filter((k) => /^\d$/.test(k))
          .join(', ')})`,
      );
    return found ?? null;
  };
  const date = (attribute: string) => read(attribute, n.date(row[attribute], attribute));
  const integer = (attribute: string) => read(attribute, n.integer(row[attribute], attribute));
  const country = (attribute: string) => read(attribute, n.country(row[attribute], attribute));
  const amount = (attribute: string): string | null => {
    const value = read(attribute, n.amount(row[attribute], attribute));
    if (value === null || AMOUNT.test(value)) return value;
    problem(
      attribute,
      MANY_DECIMALS.test(value)
        ? 'non è un importo valido (al massimo due decimali)'
        : 'non è un importo valido (al massimo 10 cifre prima della virgola)',
    );
    return null;
  };

  const fiscalCode = n.fiscalCode(required('CodiceFiscale'));
  const meansTest = coded('PresenzaProvaMezzi', MEANS_TEST_BY_CODE);
  const character = coded('CaratterePrestazione', CHARACTER_BY_CODE);
  const serviceCode = n.serviceCode(required('CodicePrestazione'));
  const requestProtocol = required('ProtocolloDomanda');
  const takenInCharge =
    n.text(row.PresaCarico) === null
      ? (problem('PresaCarico', MISSING), null)
      : read('PresaCarico', n.yesNo(row.PresaCarico, 'PresaCarico'));
  const areaCode = n.text(row.AreaUtenza);
  const userArea =
    areaCode === null
      ? null
      : (USER_AREAS[Number(areaCode) - 1] ?? (problem('AreaUtenza', 'non è 1, 2 o 3'), null));
  const startDate = date('DataInizioPrestazione');
  const endDate = date('DataFinePrestazione');
  const months = integer('PeriodoErogazione');

  const data: BenefitData = {
    fiscalCode: fiscalCode ?? '',
    lastName: n.upper(row.Cognome),
    firstName: n.upper(row.Nome),
    birthYear: integer('AnnoNascita'),
    birthPlaceCode: n.upper(row.LuogoNascita),
    sex: read('Genere', n.sex(row.Genere)),
    citizenshipCode: country('CodiceCittadinanza'),
    secondCitizenshipCode: country('CodiceSecondaCittadinanza'),
    regionCode: read('CodiceRegione', n.digits(row.CodiceRegione, 2, 'CodiceRegione')),
    municipalityCode: read('CodiceComune', n.digits(row.CodiceComune, 6, 'CodiceComune')),
    countryCode: country('CodiceNazione') ?? ITALY,
    meansTest: meansTest ?? 'NONE',
    character: character ?? 'OCCASIONAL',
    serviceCode: serviceCode ?? '',
    serviceName:
      n.text(row.DenominazionePrestazione) ?? (serviceCode ? serviceName(serviceCode) : null) ?? '',
    requestProtocol: requestProtocol ?? '',
    eventDate: date('DataEvento'),
    startDate,
    endDate,
    paymentDate: date('DataErogazionePrestazione'),
    amount: amount('ImportoPrestazione'),
    monthlyAmount: amount('ImportoMensile'),
    months:
      months ??
      (character === 'PERIODIC' && startDate && endDate && endDate >= startDate
        ? periodoErogazione(startDate, endDate)
        : null),
    entityShare: amount('ImportoQuotaEnte'),
    userShare: amount('ImportoQuotaUtente'),
    healthServiceShare: amount('ImportoQuotaSSN'),
    requestedShare: amount('ImportoQuotaRichiesta'),
    iseeThreshold: amount('ImportoSogliaISEE'),
    monthlyHours: read(
      'OreServizioMensile',
      n.amount(row.OreServizioMensile, 'OreServizioMensile'),
    ),
    takenInCharge: takenInCharge ?? false,
    userArea,
    dsuProtocol: n.upper(row.NumeroProtocolloDSU),
    dsuYear: integer('AnnoProtocolloDSU'),
    dsuDate: date('DataDSU'),
    sina: null,
    sinba: null,
  };
  if (issues) return { issues };
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
