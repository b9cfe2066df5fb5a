import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import type { BenefitComputation } from '../domain/benefit';
import type { ReiDeclarations } from '../domain/declarations';
import type { IseeAttestation } from '../domain/household';
import type { ReiDeadlineParameters } from '../domain/parameters';
import type { RequirementCheck } from '../domain/requirementChecks';
import type { ReiStatus } from '../domain/statuses';

/** A household member as the checks saw them (for exports and intervention beneficiaries). */
export interface MemberSnapshot {
  subjectId: string;
  fiscalCode: string;
  firstName: string;
  lastName: string;
  birthDate: string;
}

/**
 * A REI application (domanda). Besides its own data it keeps what the last checks read from
 * the registry (the ISEE used, the members), so exports and the SIUSS extraction never depend
 * on the registry having stayed the same; and its deadline facts and the earliest open due
 * date, so "overdue" is one indexed comparison.
 */
export const ReiApplication = defineEntity({
  name: 'ReiApplication',
  tableName: 'application',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    protocolNumber: p.string().length(32),
    applicantId: p.uuid(),
    householdId: p.uuid(),
    submittedAt: p.date(),
    accessPoint: p.string().length(64).nullable(),
    status: p.string().length(16).$type<ReiStatus>(),
    declarations: p.json<ReiDeclarations>(),
    renewalOfId: p.uuid().nullable(),
    renewalNumber: p.integer().default(0),
    checks: p.json<RequirementCheck[]>(),
    checksRunAt: p.datetime().nullable(),
    applicantFiscalCode: p.string().length(16).nullable(),
    applicantName: p.string().length(200).nullable(),
    members: p.json<MemberSnapshot[]>().nullable(),
    isee: p.json<IseeAttestation>().nullable(),
    benefit: p.json<BenefitComputation>().nullable(),
    monthlyAmount: p.decimal().precision(12).scale(2).nullable(),
    householdSize: p.integer().nullable(),
    rulesVersion: p.string().length(32),
    deadlineParameters: p.json<ReiDeadlineParameters>(),
    firstMonth: p.string().length(7).nullable(),
    lastMonth: p.string().length(7).nullable(),
    sentToInpsOn: p.date().nullable(),
    inpsExportId: p.uuid().nullable(),
    inpsOutcomeOn: p.date().nullable(),
    inpsReference: p.string().length(64).nullable(),
    inpsNote: p.text().nullable(),
    preliminaryAssessmentOn: p.date().nullable(),
    projectSignedOn: p.date().nullable(),
    endedOn: p.date().nullable(),
    nextDue: p.date().nullable(),
    customFields: p.json<Record<string, unknown>>(),
    createdAt: p.datetime().onCreate(() => new Date()),
    createdBy: p.string().length(64),
    updatedAt: p
      .datetime()
      .onCreate(() => new Date())
      .onUpdate(() => new Date()),
    version: p.integer().version().default(1),
  },
  uniques: [{ properties: ['tenantId', 'protocolNumber'] }],
  indexes: [
    { properties: ['tenantId', 'submittedAt', 'id'] },
    { properties: ['tenantId', 'status', 'submittedAt', 'id'] },
    { properties: ['tenantId', 'nextDue'] },
    { properties: ['tenantId', 'applicantId'] },
    { properties: ['tenantId', 'householdId'] },
    { properties: ['tenantId', 'accessPoint'] },
    { properties: ['tenantId', 'inpsExportId'] },
    {
      // Applications with an open deadline, newest first (the overdue list).
      name: 'application_open_deadline_index',
      expression:
        'create index "application_open_deadline_index" on "rei"."application" ("tenant_id", "submitted_at", "id") where "next_due" is not null',
    },
    {
      name: 'application_custom_fields_index',
      expression:
        'create index "application_custom_fields_index" on "rei"."application" using gin ("custom_fields" jsonb_path_ops)',
    },
  ],
});
export type ReiApplication = InferEntity<typeof ReiApplication>;
