import { Migration } from '@mikro-orm/migrations';
import { systemFunctionsSql } from '@sisa/kernel';

const FUNCTION = 'siuss.import_jobs_running()';

/**
 * The imports running in every tenant, for the metrics' job queue depth: a count across tenants
 * (no tenant's data), so it runs as the system role, past row-level security.
 */
export class Migration20261207220000_siuss_import_job_counts extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create function ${FUNCTION} returns bigint
      language sql stable security definer set search_path = siuss, pg_temp
      as $$ select count(*) from siuss.import_job where status = 'RUNNING' $$;`);
    this.addSql(`revoke all on function ${FUNCTION} from public;`);
    this.addSql(systemFunctionsSql('siuss', [FUNCTION]));
  }

  override async down(): Promise<void> {
    this.addSql(`drop function ${FUNCTION};`);
  }
}
