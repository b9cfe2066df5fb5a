import { Migration } from '@mikro-orm/migrations';
import PgBoss from 'pg-boss';

const SCHEMA = 'siuss_jobs';

/**
 * The job queue of SIUSS imports (pg-boss 10) in its own schema, made here by the owner: the
 * service role (granted by provisioning, see `provision.ts`) only reads and writes its rows.
 * pg-boss's plan brings its own transaction and lock; the migration's transaction stands for both.
 */
export class Migration20261207230000_siuss_jobs extends Migration {
  override async up(): Promise<void> {
    const plan = PgBoss.getConstructionPlans(SCHEMA)
      .replace(/^\s*BEGIN;/, '')
      .replace(/COMMIT;\s*$/, '');
    this.addSql(plan);
    // Imports, and those whose last attempt failed (their worker died): the latter are FAILED.
    this.addSql(`select ${SCHEMA}.create_queue('siuss-import', '{"policy":"standard"}');`);
    this.addSql(`select ${SCHEMA}.create_queue('siuss-import-failed', '{"policy":"standard"}');`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop schema ${SCHEMA} cascade;`);
  }
}
