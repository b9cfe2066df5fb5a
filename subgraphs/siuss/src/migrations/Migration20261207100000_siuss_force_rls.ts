import { Migration } from '@mikro-orm/migrations';
import { forceTenantRowSecuritySql, systemFunctionsSql } from '@sisa/kernel';

/**
 * Row-level security binds the owner too (FORCE), except in the owner's own sessions
 * (migrations, reference data, demo seeds): a security-definer function it owns sees only the
 * calling transaction's tenant. The custom-field lookup applies the tenant itself so that the jsonb index serves it: it moves to the system role. refresh_statistics stays the owner's (ANALYZE needs the table's owner and reads no rows for anyone).
 */
const SYSTEM_FUNCTIONS: string[] = ['siuss.social_benefit_ids_with_custom_fields(jsonb)'];

export class Migration20261207100000_siuss_force_rls extends Migration {
  override async up(): Promise<void> {
    this.addSql(forceTenantRowSecuritySql('siuss'));
    if (SYSTEM_FUNCTIONS.length) this.addSql(systemFunctionsSql('siuss', SYSTEM_FUNCTIONS));
  }

  override async down(): Promise<void> {
    for (const fn of SYSTEM_FUNCTIONS)
      this.addSql(
        `do $$ begin execute format('alter function %s owner to %I', '${fn}', current_user); end $$;`,
      );
    this.addSql(`do $$ declare t record; begin
      for t in select tablename from pg_tables where schemaname = 'siuss' loop
        execute format('alter table %I.%I no force row level security', 'siuss', t.tablename);
        execute format('drop policy if exists owner_sessions on %I.%I', 'siuss', t.tablename);
        execute format('drop policy if exists system_functions on %I.%I', 'siuss', t.tablename);
      end loop;
    end $$;`);
  }
}
