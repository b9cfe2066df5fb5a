import { Migration } from '@mikro-orm/migrations';

/**
 * Records carry the order of their last change (`change_seq`, from one sequence), and a PS
 * transmission the last change it saw (`watermark`). A transmission sends every record to send
 * that it sees, and no record of its tenant can change while it runs: what is still to send
 * afterwards changed after it. The next transmission, and the console's "to send" list, read
 * only the records changed since (a range of an index by status and number), not the tenant's
 * whole history: after a million records sent, finding the thousand new ones took seven seconds.
 *
 * That holds only if every change takes its number while the tenant's transmission lock is held
 * (shared; a transmission holds it exclusively from before it reads the sequence until it
 * commits): triggers take the lock before any row of an insert or update gets its number.
 * Records already there keep 0, below any watermark: the first transmission with one reads them
 * all, as before.
 */
export class Migration20261127000000_siuss_change_order extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence "siuss"."social_benefit_change_seq";`);
    this.addSql(
      `alter table "siuss"."social_benefit" add column "change_seq" bigint not null default 0;`,
    );
    this.addSql(
      `alter table "siuss"."social_benefit" alter column "change_seq" set default nextval('siuss.social_benefit_change_seq');`,
    );
    this.addSql(
      `create index "social_benefit_tenant_status_change_index" on "siuss"."social_benefit" ("tenant_id", "status", "change_seq");`,
    );
    this.addSql(`alter table "siuss"."transmission" add column "watermark" bigint null;`);
    this.addSql(`create function siuss.social_benefit_wait_for_transmission() returns trigger
      language plpgsql as $$
      begin
        perform pg_advisory_xact_lock_shared(hashtext('siuss-transmission:' || coalesce(current_setting('app.tenant_id', true), '')));
        return null;
      end $$;`);
    this.addSql(`create function siuss.social_benefit_number_change() returns trigger
      language plpgsql as $$
      begin
        new.change_seq := nextval('siuss.social_benefit_change_seq');
        return new;
      end $$;`);
    this.addSql(
      `create trigger social_benefit_wait_for_transmission before insert or update on "siuss"."social_benefit" for each statement execute function siuss.social_benefit_wait_for_transmission();`,
    );
    this.addSql(
      `create trigger social_benefit_number_change before update on "siuss"."social_benefit" for each row execute function siuss.social_benefit_number_change();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger social_benefit_number_change on "siuss"."social_benefit";`);
    this.addSql(`drop trigger social_benefit_wait_for_transmission on "siuss"."social_benefit";`);
    this.addSql(`drop function siuss.social_benefit_number_change();`);
    this.addSql(`drop function siuss.social_benefit_wait_for_transmission();`);
    this.addSql(`alter table "siuss"."transmission" drop column "watermark";`);
    this.addSql(`drop index "siuss"."social_benefit_tenant_status_change_index";`);
    this.addSql(`alter table "siuss"."social_benefit" drop column "change_seq";`);
    this.addSql(`drop sequence "siuss"."social_benefit_change_seq";`);
  }
}
