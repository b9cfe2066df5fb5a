import { Migration } from '@mikro-orm/migrations';
import { forceTenantRowSecuritySql, systemFunctionsSql } from '@sisa/kernel';

/**
 * Row-level security binds the owner too (FORCE), except in the owner's own sessions
 * (migrations, reference data, demo seeds): a security-definer function it owns sees only the
 * calling transaction's tenant. The custom-field lookup applies the tenant itself so that the jsonb index serves it, and the expiry sweep works across tenants: both move to the system role.
 */
const SYSTEM_FUNCTIONS: string[] = [
  'rei.application_custom_field_ids(jsonb)',
  'rei.end_expired_applications(text, uuid)',
];

export class Migration20261207100000_rei_force_rls extends Migration {
  override async up(): Promise<void> {
    this.addSql(forceTenantRowSecuritySql('rei'));
    if (SYSTEM_FUNCTIONS.length) this.addSql(systemFunctionsSql('rei', SYSTEM_FUNCTIONS));
  }

  override async down(): Promise<void> {
    for (const fn of SYSTEM_FUNCTIONS)
      this.addSql(
        `do $$ begin execute format('alter function %s owner to %I', '${fn}', current_user); end $$;`,
      );
    this.addSql(`do $$ declare t record; begin
      for t in select tablename from pg_tables where schemaname = 'rei' loop
        execute format('alter table %I.%I no force row level security', 'rei', t.tablename);
        execute format('drop policy if exists owner_sessions on %I.%I', 'rei', t.tablename);
        execute format('drop policy if exists system_functions on %I.%I', 'rei', t.tablename);
      end loop;
    end $$;`);
  }
}
