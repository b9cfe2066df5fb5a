import { randomUUID } from 'node:crypto';
import { addDays, addMonths, addWorkingDays } from '@sisa/italia';
import type { EntityManager } from '@sisa/kernel';
import type { ReiApplication } from '../entities/reiApplication.entity';
import { ReiIntervention } from '../entities/reiIntervention.entity';
import { ReiProject } from '../entities/reiProject.entity';
import type { Scenario } from './demoScenarios';

/** A demo project: assessment within 25 days, signature within 20 working days, goals by area. */
export function createDemoProject(
  em: EntityManager,
  a: ReiApplication,
  kind: NonNullable<Scenario['project']>,
  actor: string,
): ReiProject {
  const assessment = addDays(a.submittedAt, 18);
  const signed = addWorkingDays(assessment, 12);
  const applicant = a.members!.find((m) => m.subjectId === a.applicantId)!;
  const child = a.members!.find((m) => m.subjectId !== a.applicantId);
  const breaches =
    kind === 'BREACHES'
      ? [30, 60, 95].map((days, i) => ({
          date: addDays(signed, days),
          kind: 'MISSED_APPOINTMENT' as const,
          justified: false,
          note: i === 0 ? 'Non si è presentato al colloquio al CPI' : null,
        }))
      : [];
  const project = em.create(ReiProject, {
    id: randomUUID(),
    tenantId: a.tenantId,
    application: a.id,
    assignedTo: actor,
    openedAt: addDays(a.submittedAt, 2),
    problems: [
      {
        code: 'LAV_DISOCCUPAZIONE',
        scope: 'INDIVIDUAL',
        subjectId: applicant.subjectId,
        note: null,
      },
      { code: 'ECO_REDDITO', scope: 'HOUSEHOLD', subjectId: null, note: null },
    ],
    resources: [{ code: 'REL_FAMIGLIA', scope: 'ENVIRONMENT', subjectId: null, note: null }],
    team: [
      {
        name: 'Paola Colombo',
        role: 'Assistente sociale',
        organisation: 'Servizi sociali del comune',
      },
      {
        name: 'Luca Ricci',
        role: 'Operatore del mercato del lavoro',
        organisation: 'Centro per l\u2019impiego',
      },
    ],
    preliminaryAssessmentOn: assessment,
    preliminaryAssessmentOutcome:
      'Bisogni complessi: lavoro e reddito; serve il quadro di analisi approfondito',
    inDepthAssessmentNeeded: true,
    inDepthAssessmentOn: addDays(assessment, 5),
    inDepthAssessmentNotes: 'Équipe multidisciplinare con il centro per l\u2019impiego',
    goals: [
      {
        area: 'WORK_INCLUSION',
        description: 'Rientrare nel mercato del lavoro',
        expectedResults: [
          'Iscrizione al centro per l\u2019impiego',
          'Due colloqui di lavoro al mese',
        ],
      },
      {
        area: 'SOCIAL_INCLUSION',
        description: 'Rafforzare la rete di sostegno',
        expectedResults: ['Partecipazione a un gruppo di auto-mutuo aiuto'],
      },
    ],
    conditions: [
      {
        description: 'Presentarsi ai colloqui mensili con i servizi',
        who: `${applicant.lastName} ${applicant.firstName}`,
        subjectId: applicant.subjectId,
      },
    ],
    teamActivities: [
      {
        description: 'Colloquio mensile di monitoraggio',
        who: 'Assistente sociale',
        subjectId: null,
      },
    ],
    networkCommitments: [
      {
        description: 'Accompagnamento alla ricerca attiva',
        who: 'Centro per l\u2019impiego',
        subjectId: null,
      },
    ],
    actions: [
      {
        description: 'Corso di formazione professionale',
        from: addDays(signed, 14),
        to: addMonths(addDays(signed, 14), 3),
        who: 'Ente di formazione',
      },
    ],
    resourcesInvolved: [
      {
        description: 'Quota servizi del Fondo povertà',
        who: 'Ambito territoriale',
        subjectId: null,
      },
    ],
    disbursementFrom: `${a.firstMonth}-01`,
    disbursementTo: a.lastMonth ? addDays(addMonths(`${a.lastMonth}-01`, 1), -1) : null,
    signedAt: signed,
    breaches,
    missedAppointments: breaches.length,
    communications: [
      {
        id: randomUUID(),
        kind: 'COMMUNICATION',
        on: signed,
        direction: 'OUTGOING',
        counterpart: 'INPS',
        subject: 'Comunicata la sottoscrizione del progetto',
        text: null,
        recordedAt: new Date().toISOString(),
        recordedBy: actor,
      },
    ],
    customFields: {},
  });
  if (kind === 'ECONOMIC') {
    const start = `${a.firstMonth}-01`;
    em.create(ReiIntervention, {
      id: randomUUID(),
      tenantId: a.tenantId,
      project: project.id,
      application: a.id,
      position: 0,
      code: 'CONTRIBUTO_ECONOMICO',
      description: 'Contributo integrativo per le utenze',
      beneficiaryId: applicant.subjectId,
      beneficiaryFiscalCode: applicant.fiscalCode,
      economic: true,
      siussServiceCode: 'A1.04',
      periodic: true,
      amount: '900.00',
      monthlyAmount: '150.00',
      startDate: start,
      endDate: addDays(addMonths(start, 6), -1),
      paymentDate: null,
      removedAt: null,
      updatedAt: new Date(),
    });
    if (child) {
      em.create(ReiIntervention, {
        id: randomUUID(),
        tenantId: a.tenantId,
        project: project.id,
        application: a.id,
        position: 1,
        code: 'SOSTEGNO_SCOLASTICO',
        description: 'Doposcuola',
        beneficiaryId: child.subjectId,
        beneficiaryFiscalCode: child.fiscalCode,
        economic: false,
        siussServiceCode: null,
        periodic: false,
        amount: null,
        monthlyAmount: null,
        startDate: addDays(signed, 7),
        endDate: null,
        paymentDate: null,
        removedAt: null,
        updatedAt: new Date(),
      });
    }
  }
  a.preliminaryAssessmentOn = assessment;
  a.projectSignedOn = signed;
  return project;
}
