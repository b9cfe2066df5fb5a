import { Migration } from '@mikro-orm/migrations';

/**
 * After a bulk import (records) or a large transmission (its items) the planner's statistics of
 * the table are those of before, or none until autovacuum gets to it: it then guesses, and can
 * hash a million items or scan a million records where an index would do. The service role may
 * not ANALYZE a table it does not own: this function, owned by the schema owner, does it for
 * those two tables (PostgreSQL samples a fixed number of rows: a few hundred milliseconds at a
 * million).
 */
export class Migration20261127010000_siuss_refresh_statistics extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function siuss.refresh_statistics(p_table text) returns void
      language plpgsql security definer set search_path = siuss, pg_temp
      as $$ begin
        if p_table = 'social_benefit' then analyze siuss.social_benefit;
        elsif p_table = 'transmission_item' then analyze siuss.transmission_item;
        else raise exception 'statistiche non previste per la tabella %', p_table;
        end if;
      end $$;`);
    // Only the siuss service role may call it (default privileges grant it EXECUTE).
    this.addSql(`revoke all on function siuss.refresh_statistics(text) from public;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function siuss.refresh_statistics(text);`);
  }
}
