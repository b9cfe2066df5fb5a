import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261207190000_casework } from './Migration20261207190000_casework';

/** Every migration of this schema, in order (listed, so bundles and tests need no globbing). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261207190000_casework', class: Migration20261207190000_casework },
];
