import type { ConfigurableEntity, IndicatorSqlCatalog } from '@sisa/kernel';

/** Today in Italy, in SQL (the indicators' "overdue" compares with it, like the list filter). */
const TODAY = `(select (now() at time zone 'Europe/Rome')::date)`; // once per statement

/**
 * How indicators read the REI entities: one SQL expression per field of the kernel's vocabulary
 * (./vocabulary.ts). Queries run in the caller's transaction, so row-level security keeps them
 * inside the tenant. "overdue" is any deadline passed and not met: the earliest open due date
 * (kept on every write) is before today.
 */
export const REI_INDICATOR_CATALOGS: Partial<Record<ConfigurableEntity, IndicatorSqlCatalog>> = {
  REI_APPLICATION: {
    from: 'rei.application a',
    customFields: 'a.custom_fields',
    fields: {
      status: 'a.status',
      submittedAt: 'a.submitted_at',
      accessPoint: 'a.access_point',
      householdSize: 'a.household_size',
      monthlyAmount: 'a.monthly_amount',
      rulesVersion: 'a.rules_version',
      overdue: `coalesce(a.next_due < ${TODAY}, false)`,
      firstMonth: 'a.first_month',
    },
  },
  REI_PROJECT: {
    from: 'rei.project p',
    customFields: 'p.custom_fields',
    fields: {
      signed: 'p.signed_at is not null',
      signedAt: 'p.signed_at',
      assignedTo: 'p.assigned_to',
      missedAppointments: 'p.missed_appointments',
      interventionCount:
        '(select count(*) from rei.intervention i where i.project_id = p.id and i.removed_at is null)',
      openedAt: 'p.opened_at',
    },
  },
};
