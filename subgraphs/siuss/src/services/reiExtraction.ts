import { callerOf, SubgraphClient } from '@sisa/kernel';
import { EMPTY_BENEFIT, type BenefitData } from '../domain/benefit';
import { ITALY } from '../domain/codes';
import { validateBenefit } from '../domain/validation';
import { socialBenefitRepository } from '../entities/socialBenefit.repository';
import type { SiussContext } from '../context';
import { fillFromSubject } from './benefitInput';
import { waitForTransmission } from '../entities/sentState';
import { cancelRecord, changeRecord, newRecord } from './benefitWrites';
import { RegistryReader } from './registryReader';
import { serviceCatalog } from './serviceCatalog';
import {
  SiussReiGrantedInterventionsDocument,
  type SiussReiGrantedInterventionsQuery,
} from '../generated/rei';

/** An economic intervention granted in a REI project, as the rei subgraph serves it. */
export type ReiGrantedIntervention =
  SiussReiGrantedInterventionsQuery['reiGrantedInterventions'][number];

/**
 * A REI intervention as a benefit record: REI is ISEE-conditioned (PresenzaProvaMezzi 1), its
 * project is a presa in carico in the area of poverty; the beneficiary's anagrafica comes from
 * the registry.
 */
export function benefitFromIntervention(i: ReiGrantedIntervention): BenefitData {
  return {
    ...EMPTY_BENEFIT,
    fiscalCode: (i.beneficiaryFiscalCode ?? '').toUpperCase(),
    countryCode: ITALY,
    meansTest: 'ISEE',
    character: i.periodic ? 'PERIODIC' : 'OCCASIONAL',
    serviceCode: i.serviceCode.trim().toUpperCase(),
    serviceName: i.serviceName,
    requestProtocol: i.protocolNumber,
    startDate: i.periodic ? i.startDate : null,
    endDate: i.periodic ? i.endDate : null,
    paymentDate: i.periodic ? null : (i.paymentDate ?? i.startDate),
    amount: i.periodic ? null : i.amount,
    monthlyAmount: i.periodic ? i.monthlyAmount : null,
    months: i.periodic ? i.months : null,
    takenInCharge: true,
    userArea: 'POVERTY_AND_EXCLUSION',
    dsuProtocol: i.dsuProtocol,
    dsuYear: i.dsuYear,
    dsuDate: i.dsuDate,
  };
}

/**
 * Native extraction: every economic intervention granted in REI projects in the period becomes a
 * record (source REI, source id = the intervention id). Running it again adds nothing; a changed
 * intervention updates its record (a transmitted one is then corrected with C + I); a removed one
 * cancels it. Returns how many records were created, changed or cancelled.
 */
export async function extractBenefitsFromRei(
  ctx: SiussContext,
  tenantId: string,
  from: string,
  to: string,
): Promise<number> {
  const rei = new SubgraphClient('rei', ctx.services.subgraphUrls);
  const { reiGrantedInterventions: interventions } = await rei.request(
    callerOf(ctx),
    SiussReiGrantedInterventionsDocument,
    { from, to },
  );
  if (interventions.length === 0) return 0;
  await waitForTransmission(ctx.em, tenantId);
  const existing = new Map(
    (
      await socialBenefitRepository.findBySourcesForUpdate(
        ctx.em,
        'REI',
        interventions.map((i) => i.id),
      )
    ).map((b) => [b.sourceId!, b]),
  );
  // Without the registry the records would lose their beneficiaries' names and residence (and
  // transmitted ones would be queued for a correction): the extraction fails instead, unchanged.
  const subjects = await new RegistryReader(ctx.services.subgraphUrls).byIds(callerOf(ctx), [
    ...new Set(interventions.map((i) => i.beneficiaryId)),
  ]);
  const catalog = await serviceCatalog(ctx, tenantId);
  let touched = 0;
  for (const intervention of interventions) {
    const record = existing.get(intervention.id);
    if (intervention.removed) {
      if (record && (await cancelRecord(ctx, record))) touched++;
      continue;
    }
    const subject = subjects.get(intervention.beneficiaryId) ?? null;
    const base = benefitFromIntervention(intervention);
    const data = fillFromSubject(
      { ...base, fiscalCode: base.fiscalCode || subject?.fiscalCode || '' },
      subject,
      false,
    );
    const issues = validateBenefit(data, { serviceCodes: catalog.codes });
    if (!record) {
      await newRecord(ctx, tenantId, data, {}, issues, 'REI', intervention.id);
      touched++;
    } else if (
      record.status !== 'CANCELLED' &&
      (await changeRecord(ctx, record, data, record.customFields, issues))
    )
      touched++;
  }
  return touched;
}
