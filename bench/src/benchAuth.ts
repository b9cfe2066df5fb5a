import { generateSigningKeyPem, TokenIssuer, type Role } from '@sisa/kernel';

type Service = 'config' | 'registry' | 'rei' | 'siuss';

/** Signing keys of a bench run, and user tokens bound to a tenant (an hour long unless told). */
export async function benchAuth() {
  const keys = generateSigningKeyPem();
  const issuer = await TokenIssuer.fromPem(keys.privateKey);
  const token = async (tenantId: string, roles: Role[] = ['CASEWORKER'], ttlSeconds = 3600) =>
    (
      await issuer.issue(
        { kind: 'user', subjectId: tenantId, tenantId, roles, scopes: [], name: 'bench' },
        ttlSeconds,
      )
    ).token;
  return { keys, token };
}

/**
 * The environment of the processes a bench starts: production settings, warn-level logs
 * (`SISA_BENCH_LOG_LEVEL` to see more), the bench's keys and where each subgraph listens (a
 * subgraph the bench does not start points at a closed port).
 */
export function benchEnv(
  dataDir: string,
  keys: { publicKey: string; privateKey: string },
  ports: Partial<Record<Service, number>>,
): NodeJS.ProcessEnv {
  const url = (service: Service) => `http://127.0.0.1:${ports[service] ?? 1}`;
  return {
    ...process.env,
    NODE_ENV: 'production',
    SISA_LOG_LEVEL: process.env.SISA_BENCH_LOG_LEVEL ?? 'warn',
    SISA_DATA_DIR: dataDir,
    SISA_JWT_PUBLIC_KEY: keys.publicKey,
    SISA_JWT_PRIVATE_KEY: keys.privateKey,
    SISA_CONFIG_URL: url('config'),
    SISA_REGISTRY_URL: url('registry'),
    SISA_REI_URL: url('rei'),
    SISA_SIUSS_URL: url('siuss'),
  };
}
