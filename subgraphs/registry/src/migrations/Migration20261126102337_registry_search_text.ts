import { Migration } from '@mikro-orm/migrations';

/** The search text of the first migration's function as it was, for `down()`. */
const TERM_ON_EXPRESSION = `registry.subject_search_text(s.last_name, s.first_name, s.fiscal_code)`;

function searchFunction(searched: string): string {
  return `create or replace function registry.subject_search_ids(p_terms jsonb, p_last_name text, p_custom jsonb)
    returns setof uuid language plpgsql stable security definer set search_path = registry, pg_temp rows 1000
    as $$
    declare
      v_tenant uuid := nullif(current_setting('app.tenant_id', true), '')::uuid;
      v_sql text := 'select s.id from registry.subject s where s.tenant_id = $1 and s.archived_at is null';
      v_term text;
      v_prefix text := registry.search_fold(p_last_name);
    begin
      if v_tenant is null then return; end if;
      for v_term in select registry.search_fold(t) from jsonb_array_elements_text(coalesce(p_terms, '[]'::jsonb)) t loop
        if v_term <> '' then
          v_sql := v_sql || format(' and ${searched} like %L', '%' || v_term || '%');
        end if;
      end loop;
      if v_prefix <> '' then
        v_sql := v_sql || format(' and registry.search_fold(s.last_name) like %L', v_prefix || '%');
      end if;
      if p_custom is not null then v_sql := v_sql || ' and s.custom_fields @> $2'; end if;
      return query execute v_sql using v_tenant, p_custom;
    end $$;`;
}

/**
 * Searches at 100,000 subjects per tenant. The folded search text becomes a stored column (a
 * trigram match rechecks each candidate row: reading a column costs far less than folding names
 * with unaccent again). GIN indexes get the tenant first too, through btree_gin: otherwise the
 * planner ANDs a trigram scan over every tenant with a btree scan of the whole tenant.
 */
export class Migration20261126102337_registry_search_text extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "registry"."subject" add column "search_text" text generated always as (registry.subject_search_text(last_name, first_name, fiscal_code)) stored not null;`,
    );
    // A trusted extension (PostgreSQL 13+): the schema owner may create it. Once per database, so
    // another subgraph may have created it first; its default operator classes serve everyone.
    this.addSql(`create extension if not exists btree_gin schema registry;`);
    this.addSql(`drop index "registry"."subject_search_trgm";`);
    this.addSql(`drop index "registry"."subject_custom_fields_gin";`);
    this.addSql(`drop index "registry"."household_custom_fields_gin";`);
    this.addSql(
      `create index "subject_tenant_search_trgm" on "registry"."subject" using gin ("tenant_id", "search_text" public.gin_trgm_ops);`,
    );
    this.addSql(
      `create index "subject_tenant_custom_fields_gin" on "registry"."subject" using gin ("tenant_id", "custom_fields" jsonb_path_ops);`,
    );
    this.addSql(
      `create index "household_tenant_custom_fields_gin" on "registry"."household" using gin ("tenant_id", "custom_fields" jsonb_path_ops);`,
    );
    this.addSql(searchFunction('s.search_text'));
  }

  override async down(): Promise<void> {
    // btree_gin stays: other schemas' indexes may use it.
    this.addSql(searchFunction(TERM_ON_EXPRESSION));
    this.addSql(`drop index "registry"."subject_tenant_search_trgm";`);
    this.addSql(`drop index "registry"."subject_tenant_custom_fields_gin";`);
    this.addSql(`drop index "registry"."household_tenant_custom_fields_gin";`);
    this.addSql(
      `create index "subject_custom_fields_gin" on "registry"."subject" using gin ("custom_fields" jsonb_path_ops);`,
    );
    this.addSql(
      `create index "household_custom_fields_gin" on "registry"."household" using gin ("custom_fields" jsonb_path_ops);`,
    );
    this.addSql(
      `create index "subject_search_trgm" on "registry"."subject" using gin ("registry"."subject_search_text"("last_name", "first_name", "fiscal_code") public.gin_trgm_ops);`,
    );
    this.addSql(`alter table "registry"."subject" drop column "search_text";`);
  }
}
