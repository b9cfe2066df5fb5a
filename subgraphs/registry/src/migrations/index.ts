import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126095419_registry } from './Migration20261126095419_registry';

/** Every migration of this schema, in order (listed, so bundles and tests need no globbing). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261126095419_registry', class: Migration20261126095419_registry },
];
