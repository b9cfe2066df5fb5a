import type { BenefitData } from '../domain/benefit';

/**
 * The SELECT list that reads a record as `BenefitData` with plain SQL (bulk paths): dates as
 * ISO text (never JS Dates, which carry a time zone), amounts as decimal text.
 */
export const BENEFIT_COLUMNS = `fiscal_code, last_name, first_name, birth_year, birth_place_code, sex, citizenship_code,
  second_citizenship_code, region_code, municipality_code, country_code, means_test, character, service_code, service_name,
  request_protocol, event_date::text, start_date::text, end_date::text, payment_date::text, amount::text, monthly_amount::text,
  months, entity_share::text, user_share::text, health_service_share::text, requested_share::text, isee_threshold::text,
  monthly_hours::text, taken_in_charge, user_area, dsu_protocol, dsu_year, dsu_date::text, sina, sinba`;

export interface BenefitRow {
  fiscal_code: string;
  last_name: string | null;
  first_name: string | null;
  birth_year: number | null;
  birth_place_code: string | null;
  sex: 'M' | 'F' | null;
  citizenship_code: string | null;
  second_citizenship_code: string | null;
  region_code: string | null;
  municipality_code: string | null;
  country_code: string | null;
  means_test: BenefitData['meansTest'];
  character: BenefitData['character'];
  service_code: string;
  service_name: string;
  request_protocol: string;
  event_date: string | null;
  start_date: string | null;
  end_date: string | null;
  payment_date: string | null;
  amount: string | null;
  monthly_amount: string | null;
  months: number | null;
  entity_share: string | null;
  user_share: string | null;
  health_service_share: string | null;
  requested_share: string | null;
  isee_threshold: string | null;
  monthly_hours: string | null;
  taken_in_charge: boolean;
  user_area: BenefitData['userArea'];
  dsu_protocol: string | null;
  dsu_year: number | null;
  dsu_date: string | null;
  sina: BenefitData['sina'];
  sinba: BenefitData['sinba'];
}

export function benefitDataOfRow(r: BenefitRow): BenefitData {
  return {
    fiscalCode: r.fiscal_code,
    lastName: r.last_name,
    firstName: r.first_name,
    birthYear: r.birth_year,
    birthPlaceCode: r.birth_place_code,
    sex: r.sex,
    citizenshipCode: r.citizenship_code,
    secondCitizenshipCode: r.second_citizenship_code,
    regionCode: r.region_code,
    municipalityCode: r.municipality_code,
    countryCode: r.country_code,
    meansTest: r.means_test,
    character: r.character,
    serviceCode: r.service_code,
    serviceName: r.service_name,
    requestProtocol: r.request_protocol,
    eventDate: r.event_date,
    startDate: r.start_date,
    endDate: r.end_date,
    paymentDate: r.payment_date,
    amount: r.amount,
    monthlyAmount: r.monthly_amount,
    months: r.months,
    entityShare: r.entity_share,
    userShare: r.user_share,
    healthServiceShare: r.health_service_share,
    requestedShare: r.requested_share,
    iseeThreshold: r.isee_threshold,
    monthlyHours: r.monthly_hours,
    takenInCharge: r.taken_in_charge,
    userArea: r.user_area,
    dsuProtocol: r.dsu_protocol,
    dsuYear: r.dsu_year,
    dsuDate: r.dsu_date,
    sina: r.sina,
    sinba: r.sinba,
  };
}
