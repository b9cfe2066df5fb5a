import type { ConfigurableEntity, IndicatorSqlCatalog } from '@sisa/kernel';
import { statusSql } from '../entities/sentState';

/**
 * How indicators read benefit records: every string is ours, user input only reaches the query
 * as bound parameters. Runs in the caller's transaction, so row-level security keeps it inside
 * the tenant.
 */
export const SIUSS_CATALOGS: Partial<Record<ConfigurableEntity, IndicatorSqlCatalog>> = {
  SOCIAL_BENEFIT: {
    from: 'siuss.social_benefit b',
    where: `b.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid`,
    customFields: 'b.custom_fields',
    fields: {
      serviceCode: 'b.service_code',
      status: statusSql('b'),
      source: 'b.source',
      meansTest: 'b.means_test',
      character: 'b.character',
      amount: 'b.amount',
      monthlyAmount: 'b.monthly_amount',
      startDate: 'b.start_date',
      paymentDate: 'b.payment_date',
      takenInCharge: 'b.taken_in_charge',
    },
  },
};
