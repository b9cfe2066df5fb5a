import { Migration } from '@mikro-orm/migrations';
import { SYSTEM_ROLE_SQL, systemFunctionsSql } from '@sisa/kernel';

/**
 * The session check and login run before any tenant is bound, and a platform admin's row has no
 * tenant: under FORCE row-level security, `auth.session_state` (which reads a support grant of
 * any tenant), `config.auth_set_password` and `config.auth_record_login_failure` (which write a
 * user's row, a platform admin's too) must look past row-level security, like the other
 * authentication functions: they move to the system role.
 */
export class Migration20261207120000_session_system_functions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      systemFunctionsSql('config', [
        'config.auth_set_password(uuid, text)',
        'config.auth_record_login_failure(uuid, int, int, int)',
      ]),
    );
    this.addSql(`do $$ declare r name := ${SYSTEM_ROLE_SQL}; begin
      execute format('grant usage, create on schema auth to %I', r);
      execute format('alter function auth.session_state(uuid) owner to %I', r);
      execute format('revoke create on schema auth from %I', r);
    end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter function auth.session_state(uuid) owner to current_user;`);
    this.addSql(`alter function config.auth_set_password(uuid, text) owner to current_user;`);
    this.addSql(
      `alter function config.auth_record_login_failure(uuid, int, int, int) owner to current_user;`,
    );
  }
}
