import { Migration } from '@mikro-orm/migrations';

const CUSTOM_IDS_FUNCTION = 'social_benefit_ids_with_custom_fields(jsonb)';

/**
 * Indexes for a million-row tenant, where every index entry costs at each import and at each
 * transmission (which rewrites every record it marks):
 *
 * - REI extraction is the only source looked up by id: the unique source index now holds only REI
 *   records, not one long `job:row` key per imported record (a uniqueness check per row).
 * - Custom fields are searched through a security-definer function, as the registry does: under
 *   row-level security PostgreSQL does not use a GIN index for `@>` (not leakproof), so the filter
 *   read every record of the tenant. The GIN index starts with the tenant (btree_gin) and holds only
 *   records that have custom fields (imports usually have none).
 */
export class Migration20261126150000_siuss_bulk extends Migration {
  override async up(): Promise<void> {
    this.addSql(`drop index "siuss"."social_benefit_source_unique";`);
    this.addSql(
      `create unique index "social_benefit_rei_source_unique" on "siuss"."social_benefit" ("tenant_id", "source_id") where "source" = 'REI';`,
    );

    // A trusted extension (PostgreSQL 13+) the schema owner may create; the registry may have made
    // it first (in its schema): its default operator classes serve every schema.
    this.addSql(`create extension if not exists btree_gin schema siuss;`);
    this.addSql(`drop index "siuss"."social_benefit_custom_fields_gin";`);
    this.addSql(
      `create index "social_benefit_tenant_custom_fields_gin" on "siuss"."social_benefit" using gin ("tenant_id", "custom_fields" jsonb_path_ops) where "custom_fields" <> '{}'::jsonb;`,
    );
    // Runs as the schema owner, applies the transaction's tenant itself (none set: no rows) and
    // returns ids, which the caller then reads under row-level security as usual. An empty filter
    // matches every record: callers do not ask for it.
    this.addSql(`create function siuss.social_benefit_ids_with_custom_fields(p_custom jsonb)
      returns setof uuid language sql stable security definer set search_path = siuss, pg_temp rows 1000
      as $$ select b.id from siuss.social_benefit b
            where b.tenant_id = nullif(current_setting('app.tenant_id', true), '')::uuid
              and b.custom_fields <> '{}'::jsonb and b.custom_fields @> p_custom $$;`);
    // Only the siuss service role may call it (default privileges grant it EXECUTE).
    this.addSql(`revoke all on function siuss.${CUSTOM_IDS_FUNCTION} from public;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists siuss.${CUSTOM_IDS_FUNCTION};`);
    this.addSql(`drop index "siuss"."social_benefit_tenant_custom_fields_gin";`);
    this.addSql(
      `create index "social_benefit_custom_fields_gin" on "siuss"."social_benefit" using gin ("custom_fields" jsonb_path_ops);`,
    );
    this.addSql(`drop index "siuss"."social_benefit_rei_source_unique";`);
    this.addSql(
      `create unique index "social_benefit_source_unique" on "siuss"."social_benefit" ("tenant_id", "source", "source_id") where "source_id" is not null;`,
    );
  }
}
