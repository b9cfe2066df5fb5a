import { randomUUID } from 'node:crypto';
import {
  generateSigningKeyPem,
  SUBGRAPHS_ENV,
  subgraphsEnvValue,
  subgraphUrlVariable,
  TokenIssuer,
  type Role,
} from '@sisa/kernel';
import { PLATFORM_SUBGRAPHS } from '@sisa/platform';
import { Client } from 'pg';

type Service = 'config' | 'registry' | 'rei' | 'siuss' | 'casework';

/**
 * Signing keys of a bench run, and user tokens bound to a tenant (an hour long unless told), each
 * with its session recorded (as the schema owner at `ownerUrl`): services check it per request.
 */
export async function benchAuth(ownerUrl: string) {
  const keys = generateSigningKeyPem();
  const issuer = await TokenIssuer.fromPem(keys.privateKey);
  const token = async (tenantId: string, roles: Role[] = ['CASEWORKER'], ttlSeconds = 3600) => {
    const sessionId = randomUUID();
    const owner = new Client({ connectionString: ownerUrl });
    await owner.connect();
    try {
      await owner.query(
        `insert into config.session (id, subject_kind, subject_id, roles, created_at, expires_at)
         values ($1, 'user', $2, $3, now(), now() + make_interval(secs => $4))`,
        [sessionId, tenantId, roles, ttlSeconds],
      );
    } finally {
      await owner.end();
    }
    const principal = { kind: 'user' as const, subjectId: tenantId, tenantId, roles, scopes: [] };
    return (await issuer.issue({ ...principal, name: 'bench', sessionId }, ttlSeconds)).token;
  };
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
    [SUBGRAPHS_ENV]: subgraphsEnvValue(PLATFORM_SUBGRAPHS),
    ...Object.fromEntries(
      PLATFORM_SUBGRAPHS.map((s) => [subgraphUrlVariable(s.name), url(s.name as Service)]),
    ),
  };
}
