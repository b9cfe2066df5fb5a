import { Migration } from '@mikro-orm/migrations';
import { forceTenantRowSecuritySql, systemFunctionsSql } from '@sisa/kernel';

/**
 * Row-level security binds the owner too (FORCE), except in the owner's own sessions
 * (migrations, reference data, demo seeds): a security-definer function it owns sees only the
 * calling transaction's tenant. Authentication runs before any tenant is known: its functions move to the system role, which sees every user and API client.
 */
const SYSTEM_FUNCTIONS: string[] = [
  'config.auth_user_by_username(text)',
  'config.auth_user_by_id(uuid)',
  'config.auth_record_login(uuid, boolean, timestamptz)',
  'config.auth_client_by_client_id(text)',
  'config.auth_record_client_use(uuid)',
];

export class Migration20261207100000_config_force_rls extends Migration {
  override async up(): Promise<void> {
    this.addSql(forceTenantRowSecuritySql('config'));
    if (SYSTEM_FUNCTIONS.length) this.addSql(systemFunctionsSql('config', SYSTEM_FUNCTIONS));
  }

  override async down(): Promise<void> {
    for (const fn of SYSTEM_FUNCTIONS)
      this.addSql(
        `do $$ begin execute format('alter function %s owner to %I', '${fn}', current_user); end $$;`,
      );
    this.addSql(`do $$ declare t record; begin
      for t in select tablename from pg_tables where schemaname = 'config' loop
        execute format('alter table %I.%I no force row level security', 'config', t.tablename);
        execute format('drop policy if exists owner_sessions on %I.%I', 'config', t.tablename);
        execute format('drop policy if exists system_functions on %I.%I', 'config', t.tablename);
      end loop;
    end $$;`);
  }
}
