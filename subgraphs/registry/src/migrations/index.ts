import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126095419_registry } from './Migration20261126095419_registry';
import { Migration20261126102337_registry_search_text } from './Migration20261126102337_registry_search_text';
import { Migration20261126153000_registry_search_page } from './Migration20261126153000_registry_search_page';
import { Migration20261207095000_registry_read_audit } from './Migration20261207095000_registry_read_audit';
import { Migration20261207100000_registry_force_rls } from './Migration20261207100000_registry_force_rls';
import { Migration20261207140000_registry_search_typos } from './Migration20261207140000_registry_search_typos';
import { Migration20261207170000_registry_policies_per_statement } from './Migration20261207170000_registry_policies_per_statement';

/** Every migration of this schema, in order (listed, so bundles and tests need no globbing). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261126095419_registry', class: Migration20261126095419_registry },
  {
    name: 'Migration20261126102337_registry_search_text',
    class: Migration20261126102337_registry_search_text,
  },
  {
    name: 'Migration20261126153000_registry_search_page',
    class: Migration20261126153000_registry_search_page,
  },
  {
    name: 'Migration20261207095000_registry_read_audit',
    class: Migration20261207095000_registry_read_audit,
  },
  {
    name: 'Migration20261207100000_registry_force_rls',
    class: Migration20261207100000_registry_force_rls,
  },
  {
    name: 'Migration20261207140000_registry_search_typos',
    class: Migration20261207140000_registry_search_typos,
  },
  {
    name: 'Migration20261207170000_registry_policies_per_statement',
    class: Migration20261207170000_registry_policies_per_statement,
  },
];
