import { randomUUID } from 'node:crypto';
import { addDays, todayInItaly } from '@sisa/italia';
import type { DemoTenant, EntityManager } from '@sisa/kernel';
import { scoreAssessment, type AssessmentFormDefinition } from '@sisa/rules';
import { formatCaseNumber } from '../domain/caseNumber';
import { URGENCY_RANK } from '../domain/referral';
import { Assessment } from '../entities/assessment.entity';
import { CaseEvent } from '../entities/caseEvent.entity';
import { CaseItem } from '../entities/caseItem.entity';
import { CaseTeamMember } from '../entities/caseTeamMember.entity';
import { DiaryEntry } from '../entities/diaryEntry.entity';
import { Referral } from '../entities/referral.entity';
import { SocialCase } from '../entities/socialCase.entity';

interface Person {
  id: string;
  name: string;
}

/**
 * The demo seed runs as the schema owner, which owns every schema: it reads the demo users and the
 * registry's first subjects of the comune (the seeds before it made them) to give them cases.
 */
async function people(em: EntityManager, tenant: DemoTenant) {
  const users = await em.execute<{ id: string; username: string; full_name: string }[]>(
    `select id, username, full_name from config.app_user where tenant_id = ? and username in (?, ?)`,
    [tenant.id, `${tenant.slug}.operatore`, `${tenant.slug}.coordinatore`],
  );
  const user = (suffix: string): Person | null => {
    const u = users.find((row) => row.username === `${tenant.slug}.${suffix}`);
    return u ? { id: u.id, name: u.full_name } : null;
  };
  const subjects = await em.execute<{ id: string }[]>(
    `select id from registry.subject where tenant_id = ? order by created_at, id limit 3`,
    [tenant.id],
  );
  return {
    caseworker: user('operatore'),
    supervisor: user('coordinatore'),
    subjects: subjects.map((s) => s.id),
  };
}

const at = (day: string, hour: number) =>
  new Date(`${day}T${String(hour).padStart(2, '0')}:00:00+01:00`);

/** A signed assessment of `socialCase` on the tenant's latest `autonomia_adulti` form, if any. */
async function demoAssessment(
  em: EntityManager,
  tenant: DemoTenant,
  socialCase: SocialCase,
  assessor: Person,
  assessedAt: string,
  answers: Record<string, string>,
): Promise<void> {
  const [form] = await em.execute<
    {
      version: number;
      items: AssessmentFormDefinition['items'];
      bands: AssessmentFormDefinition['bands'];
    }[]
  >(
    `select version, items, bands from config.assessment_form
      where tenant_id = ? and key = 'autonomia_adulti' order by version desc limit 1`,
    [tenant.id],
  );
  if (!form) return;
  const result = scoreAssessment(form, answers);
  if ('errors' in result)
    throw new Error(`Valutazione dimostrativa non valida: ${result.errors[0]!.message}`);
  const assessment = em.create(Assessment, {
    id: randomUUID(),
    tenantId: tenant.id,
    caseId: socialCase.id,
    formKey: 'autonomia_adulti',
    formVersion: form.version,
    answers,
    score: result.score,
    band: result.band,
    assessedAt,
    assessorId: assessor.id,
    assessorName: assessor.name,
    signedAt: at(assessedAt, 16),
    createdAt: at(assessedAt, 15),
  });
  em.create(CaseEvent, {
    id: randomUUID(),
    tenantId: tenant.id,
    caseId: socialCase.id,
    at: at(assessedAt, 15),
    by: 'demo',
    action: 'ASSESSED',
    changes: {
      id: assessment.id,
      form: `autonomia_adulti v${form.version}`,
      score: result.score,
      band: result.band,
    },
  });
}

/**
 * Three cases per demo comune: one open from a school's referral (équipe, problems, resources and
 * a diary with signed entries, a restricted one and a draft), one just opened, one closed.
 */
export async function seedDemoCases(em: EntityManager, tenant: DemoTenant): Promise<void> {
  const { caseworker, supervisor, subjects } = await people(em, tenant);
  if (!caseworker || !supervisor || subjects.length < 3) return;
  const today = todayInItaly();
  const lastOfYear = new Map<number, number>();
  const nextNumber = (year: number) => {
    const next = (lastOfYear.get(year) ?? 0) + 1;
    lastOfYear.set(year, next);
    return formatCaseNumber(year, next);
  };
  const open = (
    subjectId: string,
    openedAt: string,
    responsible: Person,
    areas: string[],
    referralId: string | null,
  ) => {
    const socialCase = em.create(SocialCase, {
      id: randomUUID(),
      tenantId: tenant.id,
      number: nextNumber(Number(openedAt.slice(0, 4))),
      subjectId,
      householdId: null,
      status: 'OPEN',
      openedAt,
      referralId,
      responsibleId: responsible.id,
      responsibleName: responsible.name,
      areas,
      customFields: {},
      createdAt: at(openedAt, 10),
      createdBy: 'demo',
      updatedAt: at(openedAt, 10),
    });
    em.create(CaseEvent, {
      id: randomUUID(),
      tenantId: tenant.id,
      caseId: socialCase.id,
      at: at(openedAt, 10),
      by: 'demo',
      action: 'OPENED',
      changes: { responsibleId: responsible.id, areas },
    });
    return socialCase;
  };
  const member = (
    caseId: string,
    user: Person,
    role: 'RESPONSIBLE' | 'MEMBER',
    since: string,
    position: number,
  ) =>
    em.create(CaseTeamMember, {
      id: randomUUID(),
      tenantId: tenant.id,
      caseId,
      userId: user.id,
      role,
      since,
      until: null,
      position,
    });

  // 1. From a school's referral, forty days ago: the full record.
  const opened = addDays(today, -40);
  const referral = em.create(Referral, {
    id: randomUUID(),
    tenantId: tenant.id,
    receivedAt: at(addDays(opened, -3), 9),
    source: 'SCUOLA',
    urgency: 'HIGH',
    urgencyRank: URGENCY_RANK.HIGH,
    subjectId: subjects[0]!,
    personDescription: null,
    description:
      'La scuola segnala assenze ripetute del figlio minore e difficoltà economiche della famiglia.',
    status: 'ACCEPTED',
    triageNote: 'Accolta: presa in carico dall\u2019area adulti con l\u2019area minori.',
    triagedAt: at(addDays(opened, -1), 11),
    triagedBy: caseworker.name,
    customFields: {},
    createdAt: at(addDays(opened, -3), 9),
    createdBy: 'demo',
    createdByKind: 'user',
    createdById: 'demo',
  });
  const first = open(
    subjects[0]!,
    opened,
    caseworker,
    ['ADULTI_DISAGIO', 'MINORI_FAMIGLIA'],
    referral.id,
  );
  referral.socialCaseId = first.id;
  member(first.id, caseworker, 'RESPONSIBLE', opened, 0);
  member(first.id, supervisor, 'MEMBER', opened, 1);
  const item = (
    kind: 'PROBLEM' | 'RESOURCE',
    scope: 'HOUSEHOLD' | 'ENVIRONMENT',
    code: string,
    description: string,
  ) =>
    em.create(CaseItem, {
      id: randomUUID(),
      tenantId: tenant.id,
      caseId: first.id,
      kind,
      scope,
      memberId: null,
      code,
      description,
      since: kind === 'PROBLEM' ? opened : null,
      resolvedAt: null,
      createdAt: at(opened, 12),
    });
  item(
    'PROBLEM',
    'HOUSEHOLD',
    'ECONOMICA',
    'Reddito da lavoro saltuario, affitto arretrato di tre mesi.',
  );
  item('PROBLEM', 'HOUSEHOLD', 'SCOLASTICA', 'Frequenza irregolare del figlio.');
  item(
    'RESOURCE',
    'ENVIRONMENT',
    'RETE_FAMILIARE',
    'La nonna materna abita vicino e aiuta con i bambini.',
  );
  const diary = (
    days: number,
    kind: string,
    text: string,
    author: Person,
    signed: boolean,
    confidentiality: 'NORMAL' | 'RESTRICTED' = 'NORMAL',
  ) => {
    const when = at(addDays(opened, days), 10);
    em.create(DiaryEntry, {
      id: randomUUID(),
      tenantId: tenant.id,
      caseId: first.id,
      occurredAt: when,
      kind,
      text,
      authorId: author.id,
      authorName: author.name,
      confidentiality,
      participants:
        kind === 'RIUNIONE_EQUIPE' ? ['Assistente sociale', 'Educatore', 'Insegnante'] : ['Madre'],
      signedAt: signed ? at(addDays(opened, days), 17) : null,
      amendsId: null,
      createdAt: when,
      updatedAt: when,
    });
  };
  diary(
    0,
    'COLLOQUIO',
    'Primo colloquio con la madre: racconta la perdita del lavoro e le difficoltà con l\u2019affitto.',
    caseworker,
    true,
  );
  diary(
    7,
    'VISITA_DOMICILIARE',
    'Visita a casa: alloggio piccolo ma curato; i bambini sono sereni.',
    caseworker,
    true,
  );
  diary(
    14,
    'RIUNIONE_EQUIPE',
    'Riunione con la scuola: concordato un monitoraggio settimanale della frequenza.',
    supervisor,
    true,
  );
  diary(
    20,
    'COLLOQUIO',
    'La madre riferisce tensioni con l\u2019ex compagno: da approfondire.',
    caseworker,
    true,
    'RESTRICTED',
  );
  diary(
    38,
    'TELEFONATA',
    'Telefonata con il centro per l\u2019impiego per un colloquio di lavoro.',
    caseworker,
    false,
  );

  // A signed assessment on the comune's adult autonomy form (when the configuration has it).
  await demoAssessment(em, tenant, first, caseworker, addDays(opened, 20), {
    cura_personale: 'AUTONOMO',
    gestione_casa: 'PARZIALE',
    gestione_economica: 'DIPENDENTE',
    rete_sociale: 'DEBOLE',
  });

  // 2. Just opened, led by the supervisor.
  const recent = addDays(today, -5);
  const second = open(subjects[1]!, recent, supervisor, ['ANZIANI'], null);
  member(second.id, supervisor, 'RESPONSIBLE', recent, 0);

  // 3. Closed last month.
  const older = addDays(today, -200);
  const third = open(subjects[2]!, older, caseworker, ['ADULTI_DISAGIO'], null);
  third.status = 'CLOSED';
  third.closedAt = addDays(today, -30);
  third.closureReason = 'Obiettivi del progetto raggiunti: lavoro stabile e alloggio.';
  member(third.id, caseworker, 'RESPONSIBLE', older, 0);

  // 4. REI signs a project on a case: each applicant with a signed demo project has one open.
  const openBySubject = new Map([first, second].map((c) => [c.subjectId, c]));
  const [reiSchema] = await em.execute<{ present: boolean }[]>(
    `select to_regclass('rei.project') is not null as present`,
  );
  const signedProjects = !reiSchema?.present
    ? []
    : await em.execute<
        { project_id: string; applicant_id: string; household_id: string; opened_at: string }[]
      >(
        `select p.id as project_id, a.applicant_id, a.household_id,
            coalesce(p.opened_at, p.signed_at)::text as opened_at
       from rei.project p join rei.application a on a.id = p.application_id
      where p.tenant_id = ? and p.signed_at is not null and p.social_case_id is null
      order by p.signed_at, p.id`,
        [tenant.id],
      );
  for (const project of signedProjects) {
    let socialCase = openBySubject.get(project.applicant_id);
    if (!socialCase) {
      socialCase = open(
        project.applicant_id,
        project.opened_at,
        caseworker,
        ['ADULTI_DISAGIO'],
        null,
      );
      socialCase.householdId = project.household_id;
      member(socialCase.id, caseworker, 'RESPONSIBLE', project.opened_at, 0);
      openBySubject.set(project.applicant_id, socialCase);
    }
    await em.execute(`update rei.project set social_case_id = ? where id = ?`, [
      socialCase.id,
      project.project_id,
    ]);
  }

  for (const [year, last] of lastOfYear)
    await em.execute(
      `insert into casework.case_counter (tenant_id, year, last_number) values (?, ?, ?)
       on conflict (tenant_id, year) do update set last_number = greatest(casework.case_counter.last_number, excluded.last_number)`,
      [tenant.id, year, last],
    );
}
