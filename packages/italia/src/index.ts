// @sisa/italia: Italian primitives shared by every subgraph. This file only re-exports.

export type { DecodedFiscalCode, FiscalCodeCheck, FiscalCodePerson, Sex } from './fiscalCode/types';
export { normalizeFiscalCode } from './fiscalCode/normalize';
export { checkFiscalCode } from './fiscalCode/check';
export { fiscalCodeCheckCharacter } from './fiscalCode/checkCharacter';
export { computeFiscalCode, firstNameCode, lastNameCode } from './fiscalCode/compute';
export { fiscalCodeMismatches, type FiscalCodeMismatch } from './fiscalCode/mismatches';
export {
  fiscalCodeBase,
  omocodeVariants,
  OMOCODE_LETTERS,
  OMOCODE_POSITIONS,
} from './fiscalCode/omocodia';
export { isSiussSchemaCompatible } from './fiscalCode/siussSchema';
export { resolveBirthYear } from './fiscalCode/century';
export { numericFiscalCodeCheckDigit } from './fiscalCode/numeric';
export { MONTH_LETTERS, type FiscalCodeDateOptions } from './fiscalCode/decode';

export type { BirthPlace, Comune, Country } from './places/types';
export { REGIONS, findRegion, type Region } from './places/regions';
export {
  allComuni,
  findComuneByBelfiore,
  findComuneByIstat,
  findComuniByName,
  searchComuni,
} from './places/comuni';
export {
  ITALY_ISO_ALPHA2,
  ITALY_ISO_ALPHA3,
  ITALY_ISO_NUMERIC,
  allCountries,
  findCountryByAlpha,
  findCountryByIsoNumeric,
  findCountryByName,
  findCountryByZCode,
} from './places/countries';
export { resolveBirthPlace } from './places/birthPlace';

export { isIsoDate, isLeapYear, daysInMonth, dayOfWeek } from './calendar/isoDate';
export { addDays, addMonths, daysBetween, monthsInclusive } from './calendar/dateArithmetic';
export { easterSunday } from './calendar/easter';
export {
  italianHolidays,
  italianHolidaysWithNames,
  isItalianHoliday,
  type ItalianHoliday,
} from './calendar/holidays';
export {
  addWorkingDays,
  isMonthDay,
  isWorkingDay,
  workingDaysBetween,
  type WorkingDayOptions,
} from './calendar/workingDays';
export { startOfDayInItaly, todayInItaly, todayInItalyThisSecond } from './calendar/today';

export { Decimal } from './money/decimal';
export { roundDecimal, roundMoney, toDecimal, type RoundingMode } from './money/rounding';
export { formatEuro, formatItalianNumber } from './formats/number';
export { parseItalianAmount } from './formats/amount';
export { formatItalianDate, fromExcelSerial, parseItalianDate } from './formats/date';
export { foldAccents, searchKey } from './text/foldAccents';
export {
  csvField,
  recordsToCsv,
  spreadsheetPlainText,
  spreadsheetSafeText,
} from './formats/spreadsheetCell';
