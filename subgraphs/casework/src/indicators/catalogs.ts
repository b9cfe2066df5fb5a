import type { ConfigurableEntity, IndicatorSqlCatalog } from '@sisa/kernel';

const TENANT = `nullif(current_setting('app.tenant_id', true), '')::uuid`;
const ROME = `'Europe/Rome'`;

/**
 * How indicators read cases and referrals: every string is ours, user input only reaches the
 * query as bound parameters. Runs in the caller's transaction, so row-level security keeps it
 * inside the tenant.
 */
export const CASEWORK_CATALOGS: Partial<Record<ConfigurableEntity, IndicatorSqlCatalog>> = {
  SOCIAL_CASE: {
    from: 'casework.social_case c left join casework.referral r on r.id = c.referral_id',
    where: `c.tenant_id = ${TENANT}`,
    customFields: 'c.custom_fields',
    fields: {
      status: 'c.status',
      responsible: 'c.responsible_name',
      mainArea: 'c.areas[1]',
      openedAt: 'c.opened_at',
      closedAt: 'c.closed_at',
      fromReferral: 'c.referral_id is not null',
      daysFromReferral: `c.opened_at - (r.received_at at time zone ${ROME})::date`,
    },
  },
  REFERRAL: {
    from: 'casework.referral r',
    where: `r.tenant_id = ${TENANT}`,
    customFields: 'r.custom_fields',
    fields: {
      source: 'r.source',
      urgency: 'r.urgency',
      status: 'r.status',
      decided: `r.status in ('ACCEPTED', 'NOT_ACCEPTED')`,
      receivedOn: `(r.received_at at time zone ${ROME})::date`,
      daysToTriage: `round((extract(epoch from r.triaged_at - r.received_at) / 86400)::numeric, 1)`,
    },
  },
};
