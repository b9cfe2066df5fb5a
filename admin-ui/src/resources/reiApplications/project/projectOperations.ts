// The personalised project of an application: how the form reads it and what it saves (the
// operations are in operations/rei.graphql).

import type { ReiProjectDetailFragment, ReiProjectInput } from '../../../generated/graphql';

type Values = Record<string, unknown>;
/** A project as every operation on it answers it. */
export type ProjectRecord = ReiProjectDetailFragment;

const given = (value: unknown) => (value === '' || value === undefined ? null : value);
const list = (value: unknown) => (value as Values[] | null | undefined) ?? [];
const item = (i: Values) => ({
  description: i.description,
  who: given(i.who),
  subjectId: given(i.subjectId),
});
const scoped = (i: Values) => ({
  code: i.code,
  scope: i.scope,
  subjectId: given(i.subjectId),
  note: given(i.note),
});

/** The form's values of a project (goals' expected results as one line each). */
export function projectFormValues(project: ProjectRecord | null): Values {
  if (!project) return { inDepthAssessmentNeeded: false };
  return {
    ...project,
    goals: project.goals.map((g) => ({ ...g, expectedResults: g.expectedResults.join('\n') })),
  };
}

/** `ReiProjectInput` from the form: only the input's fields, blanks as null. */
export function projectInput(values: Values): ReiProjectInput {
  return {
    assignedTo: given(values.assignedTo),
    openedAt: given(values.openedAt),
    problems: list(values.problems).map(scoped),
    resources: list(values.resources).map(scoped),
    team: list(values.team).map((t) => ({
      name: t.name,
      role: t.role,
      organisation: given(t.organisation),
    })),
    preliminaryAssessmentOn: given(values.preliminaryAssessmentOn),
    preliminaryAssessmentOutcome: given(values.preliminaryAssessmentOutcome),
    inDepthAssessmentNeeded: values.inDepthAssessmentNeeded ?? false,
    inDepthAssessmentOn: given(values.inDepthAssessmentOn),
    inDepthAssessmentNotes: given(values.inDepthAssessmentNotes),
    goals: list(values.goals).map((g) => ({
      area: g.area,
      description: g.description,
      expectedResults: String(g.expectedResults ?? '')
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    })),
    conditions: list(values.conditions).map(item),
    teamActivities: list(values.teamActivities).map(item),
    networkCommitments: list(values.networkCommitments).map(item),
    actions: list(values.actions).map((a) => ({
      description: a.description,
      from: a.from,
      to: given(a.to),
      who: given(a.who),
    })),
    disbursementFrom: given(values.disbursementFrom),
    disbursementTo: given(values.disbursementTo),
    resourcesInvolved: list(values.resourcesInvolved).map(item),
    interventions: list(values.interventions).map((i) => ({
      id: given(i.id),
      code: i.code,
      description: given(i.description),
      beneficiaryId: given(i.beneficiaryId),
      economic: i.economic ?? false,
      siussServiceCode: i.economic ? given(i.siussServiceCode) : null,
      periodic: i.periodic ?? false,
      amount: i.economic ? given(i.amount) : null,
      monthlyAmount: i.economic ? given(i.monthlyAmount) : null,
      startDate: given(i.startDate),
      endDate: given(i.endDate),
      paymentDate: given(i.paymentDate),
    })),
    breaches: list(values.breaches).map((b) => ({
      date: b.date,
      kind: b.kind ?? 'MISSED_APPOINTMENT',
      justified: b.justified ?? false,
      note: given(b.note),
    })),
    customFields: values.customFields ?? {},
  } as ReiProjectInput;
}
