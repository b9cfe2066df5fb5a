import { join } from 'node:path';
import type { Logger } from '@sisa/kernel';
import { loadLocalSecrets } from '../secrets';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './embedded';
import { provisionDatabase, type DatabaseLayout } from './provision';

export interface PlatformDatabase {
  adminUrl: string;
  layout: DatabaseLayout;
  /** Set when the platform runs its own embedded PostgreSQL. */
  embedded: EmbeddedPostgres | null;
}

/** Default port of the embedded PostgreSQL (5432 is left to a system server). */
export const EMBEDDED_PG_PORT = 5433;

/**
 * The platform's database: the server at `DATABASE_URL` when set (a URL allowed to create roles
 * and databases), else the embedded PostgreSQL in `<dataDir>/pg`; provisioned for `database`.
 */
export async function openPlatformDatabase(options: {
  dataDir: string;
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  database?: string;
  embeddedDir?: string;
  embeddedPort?: number;
}): Promise<PlatformDatabase> {
  const env = options.env ?? process.env;
  const secrets = loadLocalSecrets(options.dataDir, env);
  let embedded: EmbeddedPostgres | null = null;
  let adminUrl = env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: options.embeddedDir ?? join(options.dataDir, 'pg'),
      port: options.embeddedPort ?? Number(env.SISA_PG_PORT ?? EMBEDDED_PG_PORT),
      superuserPassword: secrets.postgresPassword,
      logger: options.logger,
    });
    adminUrl = embedded.adminUrl;
  }
  const database = options.database ?? env.SISA_DB_NAME ?? 'sisa';
  try {
    const layout = await provisionDatabase(adminUrl, database, secrets.databasePassword);
    return { adminUrl, layout, embedded };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
}
