// @sisa/italia: Italian primitives shared by every subgraph. This file only re-exports.

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
  isWorkingDay,
  workingDaysBetween,
  type WorkingDayOptions,
} from './calendar/workingDays';
export { todayInItaly } from './calendar/today';

export { foldAccents, searchKey } from './text/foldAccents';
