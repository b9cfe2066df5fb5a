// The personalised project of an application: how it is read, saved, signed and logged.

const ITEM = 'description who subjectId';
const SCOPED = 'code label scope subjectId note';

export const PROJECT_FIELDS = `id version assignedTo openedAt signedAt customFields updatedAt
  problems { ${SCOPED} } resources { ${SCOPED} }
  team { name role organisation }
  preliminaryAssessmentOn preliminaryAssessmentOutcome inDepthAssessmentNeeded inDepthAssessmentOn inDepthAssessmentNotes
  goals { area description expectedResults }
  conditions { ${ITEM} } teamActivities { ${ITEM} } networkCommitments { ${ITEM} }
  actions { description from to who }
  disbursementFrom disbursementTo resourcesInvolved { ${ITEM} }
  interventions { id code label description beneficiaryId economic siussServiceCode siussServiceName periodic amount monthlyAmount startDate endDate paymentDate }
  breaches { date kind justified note }
  missedAppointments
  sanctions { totalReduction decadenza items { date kind ordinal effect reduction description } }
  communications { id kind on direction counterpart subject text recordedAt recordedBy }`;

export const PROJECT = `query consoleReiProject($applicationId: ID!) {
  project: reiProject(applicationId: $applicationId) { ${PROJECT_FIELDS} }
}`;

export const SAVE_PROJECT = `mutation consoleSaveReiProject($applicationId: ID!, $input: ReiProjectInput!, $expectedVersion: Int) {
  project: saveReiProject(applicationId: $applicationId, input: $input, expectedVersion: $expectedVersion) { ${PROJECT_FIELDS} }
}`;

export const SIGN_PROJECT = `mutation consoleSignReiProject($applicationId: ID!, $signedAt: Date!) {
  project: signReiProject(applicationId: $applicationId, signedAt: $signedAt) { ${PROJECT_FIELDS} }
}`;

export const LOG_COMMUNICATION = `mutation consoleLogReiCommunication($applicationId: ID!, $input: ReiCommunicationInput!) {
  project: logReiCommunication(applicationId: $applicationId, input: $input) { ${PROJECT_FIELDS} }
}`;

type Values = Record<string, unknown>;
export type ProjectRecord = Values & { id?: string; version?: number; signedAt?: string | null };

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
    goals: list(project.goals).map((g) => ({
      ...g,
      expectedResults: ((g.expectedResults as string[] | undefined) ?? []).join('\n'),
    })),
  };
}

/** `ReiProjectInput` from the form: only the input's fields, blanks as null. */
export function projectInput(values: Values): Values {
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
  };
}
