import { Migration } from '@mikro-orm/migrations';

/** The gateway's own database role (see `rolesFor` in @sisa/platform). */
const GATEWAY_ROLE_SQL = `current_database() || '_gateway'`;

/**
 * What the gateway reads and writes in the database, and nothing else: the counters of the
 * per-client and per-user rate limits (rate-limiter-flexible's PostgreSQL layout, shared by every
 * gateway process) and, through one function, the origins each tenant allows browsers to call
 * the API from (CORS). The gateway role reaches no tenant data.
 */
export class Migration20261207130000_gateway_access extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "config"."tenant" add column "allowed_origins" text[] not null default '{}';`,
    );
    this.addSql(
      `create table "auth"."rate_limit" ("key" varchar(255) not null, "points" int not null default 0, "expire" bigint null, constraint "rate_limit_pkey" primary key ("key"));`,
    );
    this.addSql(`create function auth.cors_origins()
      returns table (tenant_id uuid, origin text)
      language sql stable security definer set search_path = config, pg_temp
      as $$ select t.id, o from config.tenant t, unnest(t.allowed_origins) o where t.active $$;`);
    this.addSql(`revoke all on function auth.cors_origins() from public;`);
    this.addSql(`revoke all on table auth.rate_limit from public;`);
    this.addSql(`do $$ declare r name := ${GATEWAY_ROLE_SQL}; begin
      if exists (select 1 from pg_roles where rolname = r) then
        execute format('grant usage on schema auth to %I', r);
        execute format('grant select, insert, update, delete on auth.rate_limit to %I', r);
        execute format('grant execute on function auth.cors_origins() to %I', r);
      end if;
    end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists auth.cors_origins();`);
    this.addSql(`drop table if exists "auth"."rate_limit";`);
    this.addSql(`alter table "config"."tenant" drop column "allowed_origins";`);
  }
}
