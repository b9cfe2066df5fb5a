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

/** True when two records would say the same to INPS. */
export function sameData(a: BenefitData, b: BenefitData): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
