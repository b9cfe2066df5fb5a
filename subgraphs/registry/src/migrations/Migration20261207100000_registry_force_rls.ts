import { Migration } from '@mikro-orm/migrations';
import { forceTenantRowSecuritySql, systemFunctionsSql } from '@sisa/kernel';

/**
 * Row-level security binds the owner too (FORCE), except in the owner's own sessions
 * (migrations, reference data, demo seeds): a security-definer function it owns sees only the
 * calling transaction's tenant. The search functions apply the tenant themselves so that the trigram and jsonb indexes serve them (their operators are not leakproof, so under row-level security no index could): they move to the system role.
 */
const SYSTEM_FUNCTIONS: string[] = [
  'registry.subject_search_ids(jsonb, text, jsonb)',
  'registry.household_search_ids(jsonb)',
  'registry.subject_search_page(jsonb, text, jsonb, jsonb, text[], int, int)',
];

export class Migration20261207100000_registry_force_rls extends Migration {
  override async up(): Promise<void> {
    this.addSql(forceTenantRowSecuritySql('registry'));
    if (SYSTEM_FUNCTIONS.length) this.addSql(systemFunctionsSql('registry', SYSTEM_FUNCTIONS));
  }

  override async down(): Promise<void> {
    for (const fn of SYSTEM_FUNCTIONS)
      this.addSql(
        `do $$ begin execute format('alter function %s owner to %I', '${fn}', current_user); end $$;`,
      );
    this.addSql(`do $$ declare t record; begin
      for t in select tablename from pg_tables where schemaname = 'registry' loop
        execute format('alter table %I.%I no force row level security', 'registry', t.tablename);
        execute format('drop policy if exists owner_sessions on %I.%I', 'registry', t.tablename);
        execute format('drop policy if exists system_functions on %I.%I', 'registry', t.tablename);
      end loop;
    end $$;`);
  }
}
