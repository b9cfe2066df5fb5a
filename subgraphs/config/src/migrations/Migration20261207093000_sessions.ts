import { Migration } from '@mikro-orm/migrations';
import { SESSION_CHANNEL, tenantIsolationSql } from '@sisa/kernel';

/**
 * The subgraphs of the day this migration was written: it grants them the session check. The
 * composition root grants it to every subgraph after each migration run (`migrateAll`).
 */
const SUBGRAPHS_OF_THE_DAY = ['config', 'registry', 'rei', 'siuss'];

/**
 * Sessions checked on every request, and support grants. `auth.session_state(sid)` is the one
 * narrow door other services have into identity: each service role reaches only its own schema,
 * so the function lives in a schema of its own, usable by every role of the database, and
 * answers only for a session id (random, known only from a signed token).
 */
export class Migration20261207093000_sessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "config"."session" ("id" uuid not null, "subject_kind" varchar(8) not null, "subject_id" uuid not null, "roles" text[] not null, "support_grant_id" uuid null, "created_at" timestamptz not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "session_subject_id_index" on "config"."session" ("subject_id");`);

    this.addSql(
      `create table "config"."support_grant" ("id" uuid not null, "tenant_id" uuid not null, "grantee_id" uuid not null, "grantee_username" varchar(64) not null, "granted_by" varchar(64) not null, "reason" varchar(500) not null, "valid_from" timestamptz not null, "valid_until" timestamptz not null, "created_at" timestamptz not null, "revoked_at" timestamptz null, "revoked_by" varchar(64) null, constraint "support_grant_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create index "support_grant_tenant_id_grantee_id_index" on "config"."support_grant" ("tenant_id", "grantee_id");`,
    );
    for (const sql of tenantIsolationSql('config', 'support_grant')) this.addSql(sql);

    // Every change of a session is announced, so each service drops it from its cache at once.
    this.addSql(`create function config.session_announce() returns trigger
      language plpgsql security definer set search_path = config, pg_temp as $$
      begin
        perform pg_notify('${SESSION_CHANNEL}', json_build_object('sid', new.id)::text);
        return null;
      end $$;`);
    this.addSql(`create trigger session_changed after update on config.session
      for each row execute function config.session_announce();`);

    // A user's sessions follow the user: deactivated or new password ends them, new roles apply.
    this.addSql(`create function config.session_follow_user() returns trigger
      language plpgsql security definer set search_path = config, pg_temp as $$
      begin
        if not new.active or new.password_hash is distinct from old.password_hash then
          update config.session set revoked_at = now()
            where subject_id = new.id and revoked_at is null;
        elsif new.roles is distinct from old.roles then
          update config.session set roles = new.roles
            where subject_id = new.id and revoked_at is null and expires_at > now();
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger app_user_sessions after update of active, roles, password_hash
      on config.app_user for each row execute function config.session_follow_user();`);

    this.addSql(`create function config.session_follow_client() returns trigger
      language plpgsql security definer set search_path = config, pg_temp as $$
      begin
        if not new.active then
          update config.session set revoked_at = now()
            where subject_id = new.id and revoked_at is null;
        end if;
        return null;
      end $$;`);
    this.addSql(`create trigger api_client_sessions after update of active on config.api_client
      for each row execute function config.session_follow_client();`);

    this.addSql(`create function config.session_follow_grant() returns trigger
      language plpgsql security definer set search_path = config, pg_temp as $$
      begin
        perform pg_notify('${SESSION_CHANNEL}', json_build_object('sid', s.id)::text)
          from config.session s where s.support_grant_id = new.id and s.revoked_at is null;
        return null;
      end $$;`);
    this.addSql(`create trigger support_grant_sessions after update on config.support_grant
      for each row execute function config.session_follow_grant();`);

    this.addSql(`create schema if not exists auth;`);
    this.addSql(`grant usage on schema auth to public;`);
    this.addSql(`create function auth.session_state(p_sid uuid)
      returns table (roles text[], support_until timestamptz)
      language sql stable security definer set search_path = config, pg_temp
      as $$
        select s.roles,
               case when g.revoked_at is null and g.valid_from <= now() and g.valid_until > now()
                    then least(g.valid_until, s.expires_at) end
          from config.session s
          left join config.support_grant g on g.id = s.support_grant_id
         where s.id = p_sid and s.revoked_at is null and s.expires_at > now()
      $$;`);

    // Only the services check sessions: not every role of the database (PUBLIC).
    this.addSql(`revoke all on function auth.session_state(uuid) from public;`);
    this.addSql(`do $$ declare r name; begin
      for r in select current_database() || '_' || n from unnest(array[${SUBGRAPHS_OF_THE_DAY.map((n) => `'${n}'`).join(', ')}]) n loop
        if exists (select 1 from pg_roles where rolname = r) then
          execute format('grant execute on function auth.session_state(uuid) to %I', r);
        end if;
      end loop;
    end $$;`);

    // The user's own password change (platform admins' rows have no tenant: no policy reaches them).
    this.addSql(`create function config.auth_set_password(p_id uuid, p_hash text)
      returns void language sql security definer set search_path = config, pg_temp
      as $$ update config.app_user set password_hash = p_hash, updated_at = now(), version = version + 1
        where id = p_id $$;`);
    this.addSql(`revoke all on function config.auth_set_password(uuid, text) from public;`);
    for (const fn of [
      'session_announce()',
      'session_follow_user()',
      'session_follow_client()',
      'session_follow_grant()',
    ])
      this.addSql(`revoke all on function config.${fn} from public;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists config.auth_set_password(uuid, text);`);
    this.addSql(`drop schema if exists auth cascade;`);
    this.addSql(`drop trigger if exists support_grant_sessions on config.support_grant;`);
    this.addSql(`drop trigger if exists api_client_sessions on config.api_client;`);
    this.addSql(`drop trigger if exists app_user_sessions on config.app_user;`);
    this.addSql(`drop table if exists "config"."support_grant" cascade;`);
    this.addSql(`drop table if exists "config"."session" cascade;`);
    for (const fn of [
      'session_announce()',
      'session_follow_user()',
      'session_follow_client()',
      'session_follow_grant()',
    ])
      this.addSql(`drop function if exists config.${fn};`);
  }
}
