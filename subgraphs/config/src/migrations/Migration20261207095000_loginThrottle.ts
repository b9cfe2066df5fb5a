import { Migration } from '@mikro-orm/migrations';

/**
 * Login throttling: the rate limiter's store (rate-limiter-flexible's own layout, created here
 * because the service role owns no table) and one statement that counts a failure and locks.
 */
export class Migration20261207095000_loginThrottle extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "config"."login_rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "login_rate_limit_pkey" primary key ("key"));`,
    );
    // Atomic: parallel failures each add one, and the lock follows from the count they made.
    this
      .addSql(`create function config.auth_record_login_failure(p_id uuid, p_threshold int, p_base_seconds int, p_max_seconds int)
      returns table (failed_logins int, locked_until timestamptz)
      language sql security definer set search_path = config, pg_temp
      as $$ update config.app_user u set
          failed_logins = u.failed_logins + 1,
          locked_until = case when u.failed_logins + 1 >= p_threshold
            then now() + make_interval(secs => least(p_base_seconds * power(2, least(u.failed_logins + 1 - p_threshold, 30)), p_max_seconds))
            else u.locked_until end
        where u.id = p_id
        returning u.failed_logins, u.locked_until $$;`);
    this.addSql(
      `revoke all on function config.auth_record_login_failure(uuid, int, int, int) from public;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists config.auth_record_login_failure(uuid, int, int, int);`);
    this.addSql(`drop table if exists "config"."login_rate_limit" cascade;`);
  }
}
