import { Migration } from '@mikro-orm/migrations';

/**
 * What a rejected row looked like in its file, to give it back (file of rejects): the job keeps
 * the file's header, names of columns and delimiter; each rejected row its cells (its reasons
 * are there already; the structured problems of the first rows are on the job).
 */
export class Migration20261207123000_siuss_import_source extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "siuss"."import_job" add column "source_header" jsonb null, add column "source_names" jsonb null, add column "source_delimiter" varchar(1) null;`,
    );
    this.addSql(`alter table "siuss"."import_rejection" add column "cells" jsonb null;`);
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "siuss"."import_job" drop column "source_header", drop column "source_names", drop column "source_delimiter";`,
    );
    this.addSql(`alter table "siuss"."import_rejection" drop column "cells";`);
  }
}
