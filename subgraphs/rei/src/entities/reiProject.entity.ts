import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type {
  ProjectAction,
  ProjectBreach,
  ProjectCommunication,
  ProjectGoal,
  ProjectItem,
  ScopedItem,
  TeamMember,
} from '../domain/project';
import { ReiApplication } from './reiApplication.entity';

/**
 * The personalised project of an application (progettazione REI), one per application: case
 * assignment, problems and resources, équipe, assessments, goals and commitments, signature,
 * breaches for the sanctions, and the communications log. Its lists are small and always read
 * whole, so they are JSON; interventions, which SIUSS extracts one by one, have their own table.
 */
export const ReiProject = defineEntity({
  name: 'ReiProject',
  tableName: 'project',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    application: p.manyToOne(ReiApplication).mapToPk().deleteRule('cascade'),
    assignedTo: p.string().length(200).nullable(),
    openedAt: p.date().nullable(),
    problems: p.json<ScopedItem[]>(),
    resources: p.json<ScopedItem[]>(),
    team: p.json<TeamMember[]>(),
    preliminaryAssessmentOn: p.date().nullable(),
    preliminaryAssessmentOutcome: p.text().nullable(),
    inDepthAssessmentNeeded: p.boolean().default(false),
    inDepthAssessmentOn: p.date().nullable(),
    inDepthAssessmentNotes: p.text().nullable(),
    goals: p.json<ProjectGoal[]>(),
    conditions: p.json<ProjectItem[]>(),
    teamActivities: p.json<ProjectItem[]>(),
    networkCommitments: p.json<ProjectItem[]>(),
    actions: p.json<ProjectAction[]>(),
    resourcesInvolved: p.json<ProjectItem[]>(),
    disbursementFrom: p.date().nullable(),
    disbursementTo: p.date().nullable(),
    signedAt: p.date().nullable(),
    /** The cartella sociale (casework) open when the project was signed. */
    socialCaseId: p.uuid().nullable(),
    breaches: p.json<ProjectBreach[]>(),
    missedAppointments: p.integer().default(0),
    communications: p.json<ProjectCommunication[]>(),
    customFields: p.json<Record<string, unknown>>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version().default(1),
  },
  uniques: [{ properties: ['tenantId', 'application'] }],
  indexes: [{ properties: ['tenantId', 'signedAt'] }, { properties: ['tenantId', 'socialCaseId'] }],
});
export type ReiProject = InferEntity<typeof ReiProject>;
