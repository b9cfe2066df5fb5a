import type { BenefitData } from '../domain/benefit';

/**
 * The SELECT list that reads a record of `b` straight as `BenefitData` with plain SQL (bulk
 * paths): columns under their property names, so a million rows need no second object each;
 * dates as ISO text (never JS Dates, which carry a time zone), amounts as decimal text.
 */
export const BENEFIT_COLUMNS = `b.fiscal_code as "fiscalCode", b.last_name as "lastName", b.first_name as "firstName",
  b.birth_year as "birthYear", b.birth_place_code as "birthPlaceCode", b.sex as "sex",
  b.citizenship_code as "citizenshipCode", b.second_citizenship_code as "secondCitizenshipCode",
  b.region_code as "regionCode", b.municipality_code as "municipalityCode",
  b.country_code as "countryCode", b.means_test as "meansTest", b.character as "character",
  b.service_code as "serviceCode", b.service_name as "serviceName",
  b.request_protocol as "requestProtocol", b.event_date::text as "eventDate",
  b.start_date::text as "startDate", b.end_date::text as "endDate",
  b.payment_date::text as "paymentDate", b.amount::text as "amount",
  b.monthly_amount::text as "monthlyAmount", b.months as "months",
  b.entity_share::text as "entityShare", b.user_share::text as "userShare",
  b.health_service_share::text as "healthServiceShare",
  b.requested_share::text as "requestedShare", b.isee_threshold::text as "iseeThreshold",
  b.monthly_hours::text as "monthlyHours", b.taken_in_charge as "takenInCharge",
  b.user_area as "userArea", b.dsu_protocol as "dsuProtocol", b.dsu_year as "dsuYear",
  b.dsu_date::text as "dsuDate", b.sina as "sina", b.sinba as "sinba"`;

/** A row read with BENEFIT_COLUMNS. */
export type BenefitRow = BenefitData;
