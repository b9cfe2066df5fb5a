import type { BenefitData } from '../domain/benefit';
import type { SocialBenefit } from '../entities/socialBenefit.entity';

/** The columns of a record that say something to INPS (the record minus bookkeeping). */
export function benefitDataOf(b: SocialBenefit): BenefitData {
  return {
    fiscalCode: b.fiscalCode,
    lastName: b.lastName ?? null,
    firstName: b.firstName ?? null,
    birthYear: b.birthYear ?? null,
    birthPlaceCode: b.birthPlaceCode ?? null,
    sex: b.sex ?? null,
    citizenshipCode: b.citizenshipCode ?? null,
    secondCitizenshipCode: b.secondCitizenshipCode ?? null,
    regionCode: b.regionCode ?? null,
    municipalityCode: b.municipalityCode ?? null,
    countryCode: b.countryCode ?? null,
    meansTest: b.meansTest,
    character: b.character,
    serviceCode: b.serviceCode,
    serviceName: b.serviceName,
    requestProtocol: b.requestProtocol,
    eventDate: b.eventDate ?? null,
    startDate: b.startDate ?? null,
    endDate: b.endDate ?? null,
    paymentDate: b.paymentDate ?? null,
    amount: b.amount ?? null,
    monthlyAmount: b.monthlyAmount ?? null,
    months: b.months ?? null,
    entityShare: b.entityShare ?? null,
    userShare: b.userShare ?? null,
    healthServiceShare: b.healthServiceShare ?? null,
    requestedShare: b.requestedShare ?? null,
    iseeThreshold: b.iseeThreshold ?? null,
    monthlyHours: b.monthlyHours ?? null,
    takenInCharge: b.takenInCharge,
    userArea: b.userArea ?? null,
    dsuProtocol: b.dsuProtocol ?? null,
    dsuYear: b.dsuYear ?? null,
    dsuDate: b.dsuDate ?? null,
    sina: b.sina ?? null,
    sinba: b.sinba ?? null,
  };
}

/**
 * True when two records would say the same to INPS, whatever order their fields were set in
 * (a record built from a REI intervention, one read back from the database, SINA data stored as
 * jsonb, which keeps its keys in an order of its own); a missing field counts as null.
 */
export function sameData(a: BenefitData, b: BenefitData): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== null)
      .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
