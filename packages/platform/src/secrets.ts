import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LocalSecrets {
  /** Superuser password of the embedded PostgreSQL. */
  postgresPassword: string;
  /** Password of the platform's database roles (owner and services). */
  databasePassword: string;
}

/**
 * Secrets of a local installation, generated once into `<dataDir>/secrets.json` (mode 600).
 * `SISA_DB_PASSWORD` overrides the roles' password (production sets it).
 */
export function loadLocalSecrets(
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): LocalSecrets {
  const file = join(dataDir, 'secrets.json');
  let secrets: LocalSecrets;
  if (existsSync(file)) {
    secrets = JSON.parse(readFileSync(file, 'utf8')) as LocalSecrets;
  } else {
    mkdirSync(dataDir, { recursive: true });
    secrets = {
      postgresPassword: randomBytes(18).toString('base64url'),
      databasePassword: randomBytes(18).toString('base64url'),
    };
    writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  }
  return env.SISA_DB_PASSWORD ? { ...secrets, databasePassword: env.SISA_DB_PASSWORD } : secrets;
}
