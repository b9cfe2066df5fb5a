import { defineEntity, p, type InferEntity, type Opt } from '@mikro-orm/core';
import type { CustomFieldValues } from '@sisa/kernel';
import type { Sex } from '@sisa/italia';

/**
 * A person of the anagrafica. Archived subjects (`archivedAt`) are kept for history and for the
 * records of other services that point at them, but hidden from lists and searches. No built-in
 * field is special-category data (health, disability, judicial): those only ever live in custom
 * fields a tenant defines.
 */
export const Subject = defineEntity({
  name: 'Subject',
  tableName: 'subject',
  properties: {
    id: p.uuid().primary(),
    tenantId: p.uuid(),
    fiscalCode: p.string().length(16),
    firstName: p.string().length(100),
    lastName: p.string().length(100),
    sex: p.string().length(1).$type<Sex>(),
    birthDate: p.date(),
    /** Belfiore code of the comune or Z-code of the foreign country. */
    birthPlaceCode: p.string().length(4),
    /** ISO 3166 numeric (380 = Italia). */
    citizenshipCode: p.string().length(3),
    residenceStreet: p.string().length(200).nullable(),
    residencePostalCode: p.string().length(12).nullable(),
    /** ISTAT code of the comune (6 digits), only for a residence in Italy. */
    residenceMunicipalityCode: p.string().length(6).nullable(),
    residenceCountryCode: p.string().length(3).nullable(),
    phone: p.string().length(30).nullable(),
    email: p.string().length(254).nullable(),
    customFields: p.json<CustomFieldValues>(),
    /** Bumped by every write (optimistic concurrency: `expectedVersion`). */
    version: p.integer(),
    createdAt: p.datetime(),
    createdBy: p.string().length(200),
    updatedAt: p.datetime(),
    updatedBy: p.string().length(200),
    archivedAt: p.datetime().nullable(),
    /**
     * Names and fiscal code folded for search (see `registry.subject_search_text`), computed by
     * PostgreSQL: trigram rechecks read it instead of folding every candidate row again.
     */
    searchText: p
      .text()
      .$type<Opt<string>>() // never written by us: optional on create
      .generated('(registry.subject_search_text(last_name, first_name, fiscal_code)) stored'),
    /**
     * The last name's words and every word one deletion away (see `registry.last_name_typo_keys`),
     * computed by PostgreSQL: the candidates of a search with one typo.
     */
    searchTypoKeys: p
      .array()
      .$type<Opt<string[]>>()
      .generated('(registry.last_name_typo_keys(last_name)) stored'),
  },
  indexes: [
    // Lists sort by name within a tenant; the other sorts and filters of the console.
    { name: 'subject_tenant_name_index', properties: ['tenantId', 'lastName', 'firstName', 'id'] },
    { name: 'subject_tenant_birth_date_index', properties: ['tenantId', 'birthDate'] },
    { name: 'subject_tenant_created_at_index', properties: ['tenantId', 'createdAt'] },
    // Written by hand in the migration (partial, GIN, expression): compared by name only.
    {
      name: 'subject_tenant_fiscal_code_unique',
      expression:
        'create unique index "subject_tenant_fiscal_code_unique" on "registry"."subject" ("tenant_id", "fiscal_code") where "archived_at" is null',
    },
    {
      // Tenant first in GIN too (btree_gin): a search reads only its tenant's matches.
      name: 'subject_tenant_search_trgm',
      expression:
        'create index "subject_tenant_search_trgm" on "registry"."subject" using gin ("tenant_id", "search_text" public.gin_trgm_ops)',
    },
    {
      name: 'subject_last_name_key',
      expression:
        'create index "subject_last_name_key" on "registry"."subject" ("tenant_id", "registry"."search_fold"("last_name") text_pattern_ops) where "archived_at" is null',
    },
    {
      // Keys of last-name words one deletion away: candidates of a search with one typo.
      name: 'subject_tenant_typo_keys',
      expression:
        'create index "subject_tenant_typo_keys" on "registry"."subject" using gin ("tenant_id", "search_typo_keys") where "archived_at" is null',
    },
    {
      name: 'subject_tenant_custom_fields_gin',
      expression:
        'create index "subject_tenant_custom_fields_gin" on "registry"."subject" using gin ("tenant_id", "custom_fields" jsonb_path_ops)',
    },
  ],
});
export type Subject = InferEntity<typeof Subject>;
