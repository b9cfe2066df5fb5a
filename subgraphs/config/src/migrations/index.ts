import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126091946_identity } from './Migration20261126091946_identity';
import { Migration20261126094920_configuration } from './Migration20261126094920_configuration';
import { Migration20261207100000_loginThrottle } from './Migration20261207100000_loginThrottle';

/** Every migration of this schema, in order (listed, so bundles and tests need no globbing). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261126091946_identity', class: Migration20261126091946_identity },
  { name: 'Migration20261126094920_configuration', class: Migration20261126094920_configuration },
  { name: 'Migration20261207100000_loginThrottle', class: Migration20261207100000_loginThrottle },
];
