import { Migration } from '@mikro-orm/migrations';

/**
 * The overdue list (`reiApplications(filter: { overdue })`, newest first) read the whole
 * submission-date index backwards and dropped every application without an open deadline (most of
 * them: ended, rejected, revoked…) until it had a page. Only applications with a due date are in
 * this index, so the page is its first entries.
 */
export class Migration20261126170000_rei_open_deadlines extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create index "application_open_deadline_index" on "rei"."application" ("tenant_id", "submitted_at", "id") where "next_due" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "rei"."application_open_deadline_index";`);
  }
}
