import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126100453_rei } from './Migration20261126100453_rei';
import { Migration20261126170000_rei_open_deadlines } from './Migration20261126170000_rei_open_deadlines';
import { Migration20261207095000_rei_read_audit } from './Migration20261207095000_rei_read_audit';
import { Migration20261207100000_rei_force_rls } from './Migration20261207100000_rei_force_rls';
import { Migration20261207170000_rei_policies_per_statement } from './Migration20261207170000_rei_policies_per_statement';
import { Migration20261207220000_rei_project_social_case } from './Migration20261207220000_rei_project_social_case';

/** Every migration of this schema, in order (listed, so bundles and tests need no globbing). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261126100453_rei', class: Migration20261126100453_rei },
  {
    name: 'Migration20261126170000_rei_open_deadlines',
    class: Migration20261126170000_rei_open_deadlines,
  },
  { name: 'Migration20261207095000_rei_read_audit', class: Migration20261207095000_rei_read_audit },
  { name: 'Migration20261207100000_rei_force_rls', class: Migration20261207100000_rei_force_rls },
  {
    name: 'Migration20261207170000_rei_policies_per_statement',
    class: Migration20261207170000_rei_policies_per_statement,
  },
  {
    name: 'Migration20261207220000_rei_project_social_case',
    class: Migration20261207220000_rei_project_social_case,
  },
];
