import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126091946_identity } from './Migration20261126091946_identity';
import { Migration20261126094920_configuration } from './Migration20261126094920_configuration';
import { Migration20261207093000_sessions } from './Migration20261207093000_sessions';
import { Migration20261207095000_loginThrottle } from './Migration20261207095000_loginThrottle';
import { Migration20261207100000_config_force_rls } from './Migration20261207100000_config_force_rls';
import { Migration20261207110000_tenant_calendar } from './Migration20261207110000_tenant_calendar';
import { Migration20261207130000_gateway_access } from './Migration20261207130000_gateway_access';
import { Migration20261207120000_session_system_functions } from './Migration20261207120000_session_system_functions';
import { Migration20261207140000_user_fiscal_code } from './Migration20261207140000_user_fiscal_code';
import { Migration20261207170000_config_policies_per_statement } from './Migration20261207170000_config_policies_per_statement';
import { Migration20261207190000_assessment_forms } from './Migration20261207190000_assessment_forms';

/** Every migration of this schema, in order (listed, so bundles and tests need no globbing). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261126091946_identity', class: Migration20261126091946_identity },
  { name: 'Migration20261126094920_configuration', class: Migration20261126094920_configuration },
  { name: 'Migration20261207093000_sessions', class: Migration20261207093000_sessions },
  { name: 'Migration20261207095000_loginThrottle', class: Migration20261207095000_loginThrottle },
  {
    name: 'Migration20261207100000_config_force_rls',
    class: Migration20261207100000_config_force_rls,
  },
  {
    name: 'Migration20261207110000_tenant_calendar',
    class: Migration20261207110000_tenant_calendar,
  },
  {
    name: 'Migration20261207120000_session_system_functions',
    class: Migration20261207120000_session_system_functions,
  },
  { name: 'Migration20261207130000_gateway_access', class: Migration20261207130000_gateway_access },
  {
    name: 'Migration20261207140000_user_fiscal_code',
    class: Migration20261207140000_user_fiscal_code,
  },
  {
    name: 'Migration20261207170000_config_policies_per_statement',
    class: Migration20261207170000_config_policies_per_statement,
  },
  {
    name: 'Migration20261207190000_assessment_forms',
    class: Migration20261207190000_assessment_forms,
  },
];
