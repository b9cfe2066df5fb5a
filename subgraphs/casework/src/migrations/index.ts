import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261207190000_casework } from './Migration20261207190000_casework';
import { Migration20261207220000_casework_household_index } from './Migration20261207220000_casework_household_index';

/** Every migration of this schema, in order (listed, so bundles and tests need no globbing). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261207190000_casework', class: Migration20261207190000_casework },
  {
    name: 'Migration20261207220000_casework_household_index',
    class: Migration20261207220000_casework_household_index,
  },
];
