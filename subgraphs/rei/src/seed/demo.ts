import { randomUUID } from 'node:crypto';
import { addDays, addMonths, addWorkingDays, todayInItaly } from '@sisa/italia';
import {
  assertDemoSeedAllowed,
  DEMO_TENANTS,
  type DemoTenant,
  type EntityManager,
  type Orm,
} from '@sisa/kernel';
import { computeBenefit } from '../domain/benefit';
import { computeDeadlines } from '../domain/deadlines';
import { benefitPeriod } from '../domain/duration';
import type { IseeAttestation } from '../domain/household';
import { evaluateRequirements, statusAfterChecks } from '../domain/requirementChecks';
import { equivalenceScale } from '../domain/scale';
import type { ReiStatus } from '../domain/statuses';
import { protocolRepository } from '../entities/protocolCounter.repository';
import { ReiApplication } from '../entities/reiApplication.entity';
import { eventRepository } from '../entities/reiEvent.repository';
import { demoHousehold } from './demoHouseholds';
import { createDemoProject } from './demoProjects';
import { DEMO_RULES } from './demoRules';
import { SCENARIOS, type Scenario, type ScenarioIsee } from './demoScenarios';

const earliest = (a: string, b: string) => (a < b ? a : b);
const at = (date: string, hour: number) =>
  new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+01:00`);

function historicalIsee(
  tenant: DemoTenant,
  family: number,
  submittedAt: string,
  size: number,
  data: ScenarioIsee,
): IseeAttestation {
  const dsuDate = addDays(submittedAt, -10);
  const scale = equivalenceScale(DEMO_RULES, size);
  return {
    id: randomUUID(),
    dsuProtocol: `INPS-ISEE-${dsuDate.slice(0, 4)}-${String(2000000 + family * 13 + (tenant.slug === 'milano' ? 0 : 500)).padStart(8, '0')}R-00`,
    dsuDate,
    kind: data.kind ?? 'ORDINARY',
    validUntil: `${Number(dsuDate.slice(0, 4)) + 1}-01-15`,
    isee: data.isee,
    isr: data.isr,
    isre: scale.isZero() ? data.isr : (Number(data.isr) / Number(scale)).toFixed(2),
    equivalenceScale: scale.toFixed(2),
    realEstateAssets: data.realEstate,
    movableAssets: data.movable,
    householdSize: size,
  };
}

/** One demo application, checked and moved along its story with the events a caseworker would leave. */
async function seedScenario(
  em: EntityManager,
  tenant: DemoTenant,
  s: Scenario,
  today: string,
): Promise<void> {
  const actor = `${tenant.slug}.operatore`;
  const household = demoHousehold(tenant, s.family, today);
  const submittedAt = addDays(today, -s.daysAgo);
  if (s.isee)
    household.iseeHistory = [
      historicalIsee(tenant, s.family, submittedAt, household.members.length, s.isee),
    ];
  const applicant = household.members[0]!;
  const period = benefitPeriod(DEMO_RULES, {
    submittedAt,
    siaMonthsReceived: s.declarations.siaMonthsReceived,
    renewal: false,
  });
  const a = em.create(ReiApplication, {
    id: randomUUID(),
    tenantId: tenant.id,
    protocolNumber: await protocolRepository.next(em, tenant.id, Number(submittedAt.slice(0, 4))),
    applicantId: applicant.subjectId,
    householdId: household.id,
    submittedAt,
    accessPoint: s.family % 2 === 0 ? 'SPORTELLO_REI' : 'SEGRETARIATO_SOCIALE',
    status: 'DRAFT',
    declarations: { otherBenefits: [], ...s.declarations },
    checks: [],
    applicantFiscalCode: applicant.fiscalCode,
    applicantName: `${applicant.lastName} ${applicant.firstName}`,
    rulesVersion: DEMO_RULES.code,
    deadlineParameters: { ...DEMO_RULES.deadlines, patronSaintDay: tenant.patronSaintDay },
    firstMonth: period.firstMonth,
    lastMonth: period.lastMonth,
    customFields: {},
    createdBy: actor,
  });
  const event = (
    action: string,
    from: ReiStatus | null,
    to: ReiStatus,
    when: Date,
    note: string | null = null,
  ) =>
    eventRepository.record(em, {
      tenantId: tenant.id,
      applicationId: a.id,
      action,
      from,
      to,
      by: actor,
      note,
      at: when,
    });
  event('createReiApplication', null, 'DRAFT', at(submittedAt, 9));

  const unchecked = s.status === 'DRAFT' && !s.isee;
  if (!unchecked) {
    const checkedOn = earliest(addDays(submittedAt, 1), today);
    const { checks, isee } = evaluateRequirements({
      submittedAt,
      applicantId: applicant.subjectId,
      household,
      declarations: a.declarations,
      parameters: DEMO_RULES,
      now: at(checkedOn, 10).toISOString(),
    });
    const verdict = statusAfterChecks(checks);
    const expected =
      s.status === 'DRAFT' || s.status === 'CHECKS_FAILED' ? s.status : 'CHECKS_PASSED';
    if (verdict !== expected)
      throw new Error(`Demo REI: la famiglia ${s.family} dà ${verdict}, attesa ${expected}`);
    a.checks = checks;
    a.checksRunAt = at(checkedOn, 10);
    a.isee = isee;
    a.members = household.members.map((m) => ({
      subjectId: m.subjectId,
      fiscalCode: m.fiscalCode,
      firstName: m.firstName,
      lastName: m.lastName,
      birthDate: m.birthDate,
    }));
    if (isee) {
      a.benefit = computeBenefit(DEMO_RULES, {
        householdSize: isee.householdSize,
        isr: isee.isr,
        month: period.firstMonth,
      });
      a.benefit.explanation.push(period.explanation);
      a.monthlyAmount = a.benefit.monthlyAmount;
      a.householdSize = isee.householdSize;
    }
    a.status = verdict;
    event('runMunicipalChecks', 'DRAFT', verdict, a.checksRunAt);
  }
  if (!['DRAFT', 'CHECKS_PASSED', 'CHECKS_FAILED'].includes(s.status)) {
    a.sentToInpsOn = earliest(addWorkingDays(submittedAt, 5), today);
    a.status = 'SENT_TO_INPS';
    event(
      'sendToInps',
      'CHECKS_PASSED',
      'SENT_TO_INPS',
      at(a.sentToInpsOn, 11),
      'Inviata con il lotto dimostrativo',
    );
  }
  if (!['DRAFT', 'CHECKS_PASSED', 'CHECKS_FAILED', 'SENT_TO_INPS'].includes(s.status)) {
    a.inpsOutcomeOn = earliest(addWorkingDays(a.sentToInpsOn!, 4), today);
    const outcome = s.status === 'REJECTED' ? 'REJECTED' : 'ACCEPTED';
    a.status = outcome;
    a.inpsNote = s.status === 'REJECTED' ? (s.note ?? null) : null;
    event(
      'recordInpsOutcome',
      'SENT_TO_INPS',
      outcome,
      at(a.inpsOutcomeOn, 12),
      s.status === 'REJECTED' ? (s.note ?? null) : 'Esito INPS: accolta',
    );
  }
  if (s.project && a.members) createDemoProject(em, a, s.project, actor);
  if (s.status === 'SUSPENDED' || s.status === 'REVOKED') {
    const on = earliest(addDays(a.inpsOutcomeOn!, 150), today);
    event('transitionReiApplication', 'ACCEPTED', s.status, at(on, 15), s.note ?? null);
    a.status = s.status;
    if (s.status === 'REVOKED') a.endedOn = on;
  }
  if (s.status === 'ENDED') {
    a.endedOn = addMonths(`${a.lastMonth}-01`, 1);
    event(
      'lastMonthPassed',
      'ACCEPTED',
      'ENDED',
      at(a.endedOn, 1),
      `Periodo di beneficio concluso: ultimo mese ${a.lastMonth}`,
    ).by = 'sistema';
    a.status = 'ENDED';
  }
  a.nextDue = computeDeadlines(a.deadlineParameters, a, today).nextDue;
}

/**
 * Seeds each demo tenant's REI applications once, one story per status of docs/domain/REI.md, on the
 * registry's demo households. A tenant that already has applications is left alone.
 */
export async function seedReiDemo(orm: Orm): Promise<void> {
  assertDemoSeedAllowed();
  const today = todayInItaly();
  for (const tenant of DEMO_TENANTS) {
    const em = orm.em.fork();
    if ((await em.count(ReiApplication, { tenantId: tenant.id }, { filters: false })) > 0) continue;
    await em.transactional(async (tx) => {
      for (const scenario of [...SCENARIOS].sort((x, y) => y.daysAgo - x.daysAgo))
        await seedScenario(tx as EntityManager, tenant, scenario, today);
    });
  }
}
