import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261126120000_siuss } from './Migration20261126120000_siuss';
import { Migration20261126150000_siuss_bulk } from './Migration20261126150000_siuss_bulk';
import { Migration20261126170000_siuss_sent_items } from './Migration20261126170000_siuss_sent_items';
import { Migration20261126180000_siuss_item_keys } from './Migration20261126180000_siuss_item_keys';
import { Migration20261127000000_siuss_change_order } from './Migration20261127000000_siuss_change_order';
import { Migration20261127010000_siuss_refresh_statistics } from './Migration20261127010000_siuss_refresh_statistics';
import { Migration20261207095000_siuss_read_audit } from './Migration20261207095000_siuss_read_audit';
import { Migration20261207100000_siuss_force_rls } from './Migration20261207100000_siuss_force_rls';
import { Migration20261207120000_siuss_natural_key } from './Migration20261207120000_siuss_natural_key';
import { Migration20261207123000_siuss_import_source } from './Migration20261207123000_siuss_import_source';
import { Migration20261207170000_siuss_policies_per_statement } from './Migration20261207170000_siuss_policies_per_statement';
import { Migration20261207230000_siuss_jobs } from './Migration20261207230000_siuss_jobs';
import { Migration20261207220000_siuss_import_job_counts } from './Migration20261207220000_siuss_import_job_counts';

/** Every migration of this schema, in order (listed, so bundles and tests need no globbing). */
export const migrations: MigrationObject[] = [
  { name: 'Migration20261126120000_siuss', class: Migration20261126120000_siuss },
  { name: 'Migration20261126150000_siuss_bulk', class: Migration20261126150000_siuss_bulk },
  {
    name: 'Migration20261126170000_siuss_sent_items',
    class: Migration20261126170000_siuss_sent_items,
  },
  {
    name: 'Migration20261126180000_siuss_item_keys',
    class: Migration20261126180000_siuss_item_keys,
  },
  {
    name: 'Migration20261127000000_siuss_change_order',
    class: Migration20261127000000_siuss_change_order,
  },
  {
    name: 'Migration20261127010000_siuss_refresh_statistics',
    class: Migration20261127010000_siuss_refresh_statistics,
  },
  {
    name: 'Migration20261207095000_siuss_read_audit',
    class: Migration20261207095000_siuss_read_audit,
  },
  {
    name: 'Migration20261207100000_siuss_force_rls',
    class: Migration20261207100000_siuss_force_rls,
  },
  {
    name: 'Migration20261207120000_siuss_natural_key',
    class: Migration20261207120000_siuss_natural_key,
  },
  {
    name: 'Migration20261207123000_siuss_import_source',
    class: Migration20261207123000_siuss_import_source,
  },
  {
    name: 'Migration20261207170000_siuss_policies_per_statement',
    class: Migration20261207170000_siuss_policies_per_statement,
  },
  {
    name: 'Migration20261207220000_siuss_import_job_counts',
    class: Migration20261207220000_siuss_import_job_counts,
  },
  {
    name: 'Migration20261207230000_siuss_jobs',
    class: Migration20261207230000_siuss_jobs,
  },
];
