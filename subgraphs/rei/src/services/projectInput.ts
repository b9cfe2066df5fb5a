import { todayInItaly } from '@sisa/italia';
import type { FieldErrors } from '@sisa/kernel';
import type { ProjectItem, ScopedItem } from '../domain/project';
import type { ReiInterventionInput, ReiProjectInput } from '../generated/resolvers';

/** `ReiInterventionInput` as GraphQL hands it over. */
export type InterventionInput = ReiInterventionInput;

/** `ReiProjectInput` as GraphQL hands it over (lists default to empty in the SDL). */
export type ProjectInput = ReiProjectInput;

/** What validation needs to know beyond the input. */
export interface ProjectContext {
  submittedAt: string;
  memberIds: ReadonlySet<string>;
  problemCodes: ReadonlySet<string> | undefined;
  resourceCodes: ReadonlySet<string> | undefined;
  interventionCodes: ReadonlySet<string> | undefined;
  siussCodes: ReadonlySet<string> | undefined;
}

const MAX_ITEMS = 100;
const AMOUNT = /^\d{1,10}(\.\d{1,2})?$/;
const text = (value: string | null | undefined) => value?.trim() || null;

/** Trims every text and drops empty optional ones, so what is stored is what is shown. */
export function normaliseProject(input: ProjectInput) {
  const items = (list: ProjectItem[] | null | undefined) =>
    (list ?? []).map((i) => ({
      description: i.description.trim(),
      who: text(i.who),
      subjectId: i.subjectId ?? null,
    }));
  const scoped = (list: ScopedItem[] | null | undefined) =>
    (list ?? []).map((i) => ({
      code: i.code.trim(),
      scope: i.scope,
      subjectId: i.subjectId ?? null,
      note: text(i.note),
    }));
  return {
    assignedTo: text(input.assignedTo),
    openedAt: input.openedAt ?? null,
    problems: scoped(input.problems),
    resources: scoped(input.resources),
    team: (input.team ?? []).map((t) => ({
      name: t.name.trim(),
      role: t.role.trim(),
      organisation: text(t.organisation),
    })),
    preliminaryAssessmentOn: input.preliminaryAssessmentOn ?? null,
    preliminaryAssessmentOutcome: text(input.preliminaryAssessmentOutcome),
    inDepthAssessmentNeeded: input.inDepthAssessmentNeeded ?? false,
    inDepthAssessmentOn: input.inDepthAssessmentOn ?? null,
    inDepthAssessmentNotes: text(input.inDepthAssessmentNotes),
    goals: (input.goals ?? []).map((g) => ({
      area: g.area,
      description: g.description.trim(),
      expectedResults: (g.expectedResults ?? []).map((r) => r.trim()).filter(Boolean),
    })),
    conditions: items(input.conditions),
    teamActivities: items(input.teamActivities),
    networkCommitments: items(input.networkCommitments),
    actions: (input.actions ?? []).map((a) => ({
      description: a.description.trim(),
      from: a.from,
      to: a.to ?? null,
      who: text(a.who),
    })),
    disbursementFrom: input.disbursementFrom ?? null,
    disbursementTo: input.disbursementTo ?? null,
    resourcesInvolved: items(input.resourcesInvolved),
    breaches: (input.breaches ?? []).map((b) => ({
      date: b.date,
      kind: b.kind ?? 'MISSED_APPOINTMENT',
      justified: b.justified ?? false,
      note: text(b.note),
    })),
  };
}

export type NormalisedProject = ReturnType<typeof normaliseProject>;

function checkInterventions(
  list: readonly InterventionInput[],
  c: ProjectContext,
  errors: FieldErrors,
): void {
  const seen = new Set<string>();
  list.forEach((i, n) => {
    const at = (field: string) => `input.interventions.${n}.${field}`;
    if (i.id) {
      if (seen.has(i.id)) errors.add(at('id'), 'Intervento ripetuto');
      seen.add(i.id);
    }
    if (c.interventionCodes && !c.interventionCodes.has(i.code.trim()))
      errors.add(at('code'), 'Intervento non presente nell\u2019elenco');
    if (i.beneficiaryId && !c.memberIds.has(i.beneficiaryId))
      errors.add(at('beneficiaryId'), 'Non è un componente del nucleo');
    for (const field of ['amount', 'monthlyAmount'] as const) {
      const value = i[field];
      if (value && (!AMOUNT.test(value) || Number(value) <= 0))
        errors.add(at(field), 'Importo positivo con al massimo due decimali');
    }
    if (i.startDate && i.endDate && i.endDate < i.startDate)
      errors.add(at('endDate'), 'La fine non può precedere l\u2019inizio');
    if (!i.economic) {
      if (i.siussServiceCode || i.amount || i.monthlyAmount)
        errors.add(at('economic'), 'Codice SIUSS e importi solo per gli interventi economici');
      return;
    }
    if (!i.siussServiceCode)
      errors.add(at('siussServiceCode'), 'Indicare il codice della prestazione SIUSS');
    else if (c.siussCodes && !c.siussCodes.has(i.siussServiceCode))
      errors.add(at('siussServiceCode'), 'Codice SIUSS non presente nell\u2019elenco');
    if (!i.amount) errors.add(at('amount'), 'Indicare l\u2019importo');
    if (i.periodic) {
      if (!i.startDate)
        errors.add(at('startDate'), 'Indicare l\u2019inizio della prestazione periodica');
      if (!i.endDate) errors.add(at('endDate'), 'Indicare la fine della prestazione periodica');
      if (!i.monthlyAmount) errors.add(at('monthlyAmount'), 'Indicare l\u2019importo mensile');
    } else if (!i.paymentDate && !i.startDate)
      errors.add(at('paymentDate'), 'Indicare la data di erogazione');
  });
}

/** Every field error of a project input, on `input.<path>`. */
export function checkProjectInput(
  p: NormalisedProject,
  interventions: readonly InterventionInput[],
  c: ProjectContext,
  errors: FieldErrors,
): void {
  const today = todayInItaly();
  const lists = {
    problems: p.problems,
    resources: p.resources,
    team: p.team,
    goals: p.goals,
    conditions: p.conditions,
    teamActivities: p.teamActivities,
    networkCommitments: p.networkCommitments,
    actions: p.actions,
    resourcesInvolved: p.resourcesInvolved,
    interventions,
    breaches: p.breaches,
  };
  for (const [name, list] of Object.entries(lists))
    if (list.length > MAX_ITEMS) errors.add(`input.${name}`, `Al massimo ${MAX_ITEMS} voci`);

  const scoped = (name: 'problems' | 'resources', codes: ReadonlySet<string> | undefined) =>
    p[name].forEach((item, i) => {
      if (codes && !codes.has(item.code))
        errors.add(`input.${name}.${i}.code`, 'Codice non presente nell\u2019elenco');
      if (item.scope === 'INDIVIDUAL' && !item.subjectId)
        errors.add(`input.${name}.${i}.subjectId`, 'Indicare il componente interessato');
      if (item.subjectId && !c.memberIds.has(item.subjectId))
        errors.add(`input.${name}.${i}.subjectId`, 'Non è un componente del nucleo');
    });
  scoped('problems', c.problemCodes);
  scoped('resources', c.resourceCodes);
  p.team.forEach((t, i) => {
    if (!t.name) errors.add(`input.team.${i}.name`, 'Indicare il nome');
    if (!t.role) errors.add(`input.team.${i}.role`, 'Indicare il ruolo');
  });
  p.goals.forEach((g, i) => {
    if (!g.description) errors.add(`input.goals.${i}.description`, 'Descrivere l\u2019obiettivo');
  });
  for (const name of [
    'conditions',
    'teamActivities',
    'networkCommitments',
    'resourcesInvolved',
  ] as const) {
    p[name].forEach((item, i) => {
      if (!item.description)
        errors.add(`input.${name}.${i}.description`, 'Descrizione obbligatoria');
      if (item.subjectId && !c.memberIds.has(item.subjectId))
        errors.add(`input.${name}.${i}.subjectId`, 'Non è un componente del nucleo');
    });
  }
  p.actions.forEach((a, i) => {
    if (!a.description) errors.add(`input.actions.${i}.description`, 'Descrizione obbligatoria');
    if (a.to && a.to < a.from)
      errors.add(`input.actions.${i}.to`, 'La fine non può precedere l\u2019inizio');
  });
  if (p.openedAt && p.openedAt > today)
    errors.add('input.openedAt', 'La data non può essere futura');
  if (p.preliminaryAssessmentOn) {
    if (p.preliminaryAssessmentOn < c.submittedAt)
      errors.add(
        'input.preliminaryAssessmentOn',
        'L\u2019analisi preliminare non può precedere la domanda',
      );
    if (p.preliminaryAssessmentOn > today)
      errors.add('input.preliminaryAssessmentOn', 'La data non può essere futura');
  }
  if (p.inDepthAssessmentOn) {
    if (!p.inDepthAssessmentNeeded)
      errors.add(
        'input.inDepthAssessmentOn',
        'Indicare prima che serve il quadro di analisi approfondito',
      );
    if (!p.preliminaryAssessmentOn || p.inDepthAssessmentOn < p.preliminaryAssessmentOn)
      errors.add(
        'input.inDepthAssessmentOn',
        'Il quadro approfondito segue l\u2019analisi preliminare',
      );
  }
  if (p.disbursementFrom && p.disbursementTo && p.disbursementTo < p.disbursementFrom)
    errors.add('input.disbursementTo', 'La fine non può precedere l\u2019inizio');
  p.breaches.forEach((b, i) => {
    if (b.date > today) errors.add(`input.breaches.${i}.date`, 'La data non può essere futura');
    if (b.date < c.submittedAt)
      errors.add(`input.breaches.${i}.date`, 'La data non può precedere la domanda');
  });
  checkInterventions(interventions, c, errors);
}
