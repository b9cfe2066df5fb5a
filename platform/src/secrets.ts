import { createHmac, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface LocalSecrets {
  /** Superuser password of the embedded PostgreSQL. */
  postgresPassword: string;
  /**
   * The secret each database role's password is derived from (`rolePassword`): the owner's and
   * every service's differ, and knowing one tells nothing of the others. Only the launcher and
   * `npm run migrate` read it; services get their own role's URL.
   */
  databasePassword: string;
}

/**
 * The password of one database role: HMAC-SHA256 of its name under the installation's secret
 * (`SISA_DB_PASSWORD` or `.data/secrets.json`). An installation from before each role had its
 * own password upgrades on its next start: provisioning sets every role's password again.
 */
export function rolePassword(secret: string, role: string): string {
  return createHmac('sha256', secret).update(`sisa database role ${role}`).digest('base64url');
}

/**
 * Secrets of a local installation, generated once into `<dataDir>/secrets.json` (mode 600).
 * `SISA_DB_PASSWORD` overrides the roles' secret (production sets it).
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
