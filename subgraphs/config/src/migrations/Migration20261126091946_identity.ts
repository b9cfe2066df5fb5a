import { Migration } from '@mikro-orm/migrations';
import { tenantIsolationSql } from '@sisa/kernel';

export class Migration20261126091946_identity extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create schema if not exists "config";`);
    this.addSql(
      `create table "config"."api_client" ("id" uuid not null, "tenant_id" uuid not null, "client_id" varchar(64) not null, "name" varchar(200) not null, "secret_hash" varchar(64) not null, "scopes" text[] not null, "active" boolean not null default true, "created_at" timestamptz not null, "created_by" varchar(64) not null, "last_used_at" timestamptz null, "revoked_at" timestamptz null, constraint "api_client_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "config"."api_client" add constraint "api_client_client_id_unique" unique ("client_id");`,
    );

    this.addSql(
      `create table "config"."audit_event" ("id" bigserial primary key, "tenant_id" uuid not null, "at" timestamptz not null, "actor" varchar(64) not null, "entity" varchar(64) not null, "entity_id" varchar(64) not null, "action" varchar(32) not null, "changes" jsonb not null);`,
    );
    this.addSql(
      `create index "audit_event_tenant_id_at_index" on "config"."audit_event" ("tenant_id", "at");`,
    );

    this.addSql(
      `create table "config"."tenant" ("id" uuid not null, "code" varchar(6) not null, "belfiore_code" varchar(4) not null, "name" varchar(200) not null, "active" boolean not null default true, "created_at" timestamptz not null, constraint "tenant_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "config"."tenant" add constraint "tenant_code_unique" unique ("code");`,
    );
    this.addSql(
      `alter table "config"."tenant" add constraint "tenant_belfiore_code_unique" unique ("belfiore_code");`,
    );

    this.addSql(
      `create table "config"."app_user" ("id" uuid not null, "tenant_id" uuid null, "username" varchar(64) not null, "full_name" varchar(200) not null, "password_hash" varchar(300) not null, "roles" text[] not null, "active" boolean not null default true, "failed_logins" int not null default 0, "locked_until" timestamptz null, "last_login_at" timestamptz null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "version" int not null default 1, constraint "app_user_pkey" primary key ("id"));`,
    );
    this.addSql(
      `alter table "config"."app_user" add constraint "app_user_username_unique" unique ("username");`,
    );

    for (const table of ['app_user', 'api_client', 'audit_event']) {
      for (const sql of tenantIsolationSql('config', table)) this.addSql(sql);
    }

    // Authentication runs before any tenant is known: these functions (owned by the schema owner,
    // so not subject to row-level security) return exactly the one user or client asked for.
    this.addSql(`create function config.auth_user_by_username(p_username text)
      returns setof config.app_user language sql stable security definer set search_path = config, pg_temp
      as $$ select * from config.app_user where username = lower(p_username) $$;`);
    this.addSql(`create function config.auth_user_by_id(p_id uuid)
      returns setof config.app_user language sql stable security definer set search_path = config, pg_temp
      as $$ select * from config.app_user where id = p_id $$;`);
    this
      .addSql(`create function config.auth_record_login(p_id uuid, p_success boolean, p_locked_until timestamptz)
      returns void language sql security definer set search_path = config, pg_temp
      as $$ update config.app_user set
          failed_logins = case when p_success then 0 else failed_logins + 1 end,
          locked_until = case when p_success then null else p_locked_until end,
          last_login_at = case when p_success then now() else last_login_at end
        where id = p_id $$;`);
    this.addSql(`create function config.auth_client_by_client_id(p_client_id text)
      returns setof config.api_client language sql stable security definer set search_path = config, pg_temp
      as $$ select * from config.api_client where client_id = p_client_id $$;`);
    this.addSql(`create function config.auth_record_client_use(p_id uuid)
      returns void language sql security definer set search_path = config, pg_temp
      as $$ update config.api_client set last_used_at = now() where id = p_id $$;`);
    for (const fn of [
      'auth_user_by_username(text)',
      'auth_user_by_id(uuid)',
      'auth_record_login(uuid, boolean, timestamptz)',
      'auth_client_by_client_id(text)',
      'auth_record_client_use(uuid)',
    ]) {
      // Only the config service role may call them (default privileges grant it EXECUTE).
      this.addSql(`revoke all on function config.${fn} from public;`);
    }
  }

  override async down(): Promise<void> {
    for (const fn of [
      'auth_user_by_username(text)',
      'auth_user_by_id(uuid)',
      'auth_record_login(uuid, boolean, timestamptz)',
      'auth_client_by_client_id(text)',
      'auth_record_client_use(uuid)',
    ]) {
      this.addSql(`drop function if exists config.${fn};`);
    }
    this.addSql(`drop table if exists "config"."api_client" cascade;`);

    this.addSql(`drop table if exists "config"."audit_event" cascade;`);

    this.addSql(`drop table if exists "config"."tenant" cascade;`);

    this.addSql(`drop table if exists "config"."app_user" cascade;`);

    this.addSql(`drop schema if exists "config";`);
  }
}
