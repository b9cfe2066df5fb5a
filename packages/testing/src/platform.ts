import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createSubgraph,
  generateSigningKeyPem,
  TokenIssuer,
  type Principal,
  type Role,
  type Scope,
  type Logger,
  type SubgraphName,
  type SubgraphServer,
} from '@sisa/kernel';
import {
  composeSupergraph,
  createGatewayServer,
  type GatewayOptions,
  type GatewayServer,
} from '@sisa/gateway';
import { PLATFORM_SUBGRAPHS } from '@sisa/platform';
import { Pool } from 'pg';
import { testDatabase } from './database';

const keys = generateSigningKeyPem();

/** The public key the test platform's servers verify tokens with (for a second gateway). */
export const testPublicKeyPem = (): string => keys.publicKey;
let issuerPromise: Promise<TokenIssuer> | null = null;
let ownerPool: Pool | null = null;

/**
 * Records the session of a token signed by the test itself (as the config subgraph records those
 * it issues): every service checks it on each request.
 */
export async function recordSession(
  principal: Principal & { sessionId: string },
  ttlSeconds: number,
): Promise<void> {
  ownerPool ??= new Pool({
    connectionString: testDatabase().ownerUrl,
    max: 2,
    idleTimeoutMillis: 1000,
    allowExitOnIdle: true,
  });
  await ownerPool.query(
    `insert into config.session (id, subject_kind, subject_id, roles, support_grant_id, created_at, expires_at)
     values ($1, $2, $3, $4, $5, now(), now() + make_interval(secs => $6)) on conflict (id) do nothing`,
    [
      principal.sessionId,
      principal.kind,
      principal.subjectId,
      principal.roles,
      principal.supportGrantId ?? null,
      ttlSeconds,
    ],
  );
}

/**
 * Signs tokens with this test process's key (the servers started here trust it). Every token
 * gets a session of its own, as the config subgraph would record it, since every service checks
 * the session on each request.
 */
export async function issueToken(
  principal: Partial<Principal> & { tenantId: string | null },
  ttlSeconds = 3600,
): Promise<string> {
  issuerPromise ??= TokenIssuer.fromPem(keys.privateKey);
  const issuer = await issuerPromise;
  const full: Principal & { sessionId: string } = {
    kind: principal.kind ?? 'user',
    subjectId: principal.subjectId ?? randomUUID(),
    tenantId: principal.tenantId,
    roles: principal.roles ?? [],
    scopes: principal.scopes ?? [],
    name: principal.name ?? 'test.user',
    sessionId: principal.sessionId ?? randomUUID(),
    supportGrantId: principal.supportGrantId ?? null,
  };
  await recordSession(full, ttlSeconds);
  const { token } = await issuer.issue(full, ttlSeconds);
  return token;
}

/** A user token for `tenantId` with `roles` (default: caseworker). */
export function userToken(
  tenantId: string | null,
  roles: Role[] = ['CASEWORKER'],
): Promise<string> {
  return issueToken({ tenantId, roles, kind: 'user' });
}

/** An API client token for `tenantId` with `scopes`. */
export function clientToken(tenantId: string, scopes: Scope[]): Promise<string> {
  return issueToken({ tenantId, scopes, kind: 'client', roles: [] });
}

export interface TestPlatform {
  /** `http://127.0.0.1:<port>` of the gateway. */
  gatewayUrl: string;
  /** The gateway's `/graphql` endpoint. */
  graphqlUrl: string;
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  subgraphs: Partial<Record<SubgraphName, SubgraphServer<unknown>>>;
  gateway: GatewayServer;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Boots the named subgraphs (real servers on the run's test database, as their service roles)
 * and a gateway over the supergraph composed from the current SDL, all on free ports.
 */
export async function startTestPlatform(
  names: SubgraphName[] = PLATFORM_SUBGRAPHS.map((s) => s.name),
  options: {
    adminUiDir?: string;
    /** A subgraph's logger (default: the kernel's, to standard output, silent in tests). */
    loggerFor?: (name: SubgraphName) => Logger | undefined;
    /** More options of the gateway (e.g. `rateLimits`). */
    gateway?: Partial<GatewayOptions>;
    /** Serve every service's `/metrics` on a free port of its own (its `metricsUrl`). */
    metrics?: boolean;
  } = {},
): Promise<TestPlatform> {
  const db = testDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'sisa-test-'));
  const subgraphUrls: Partial<Record<SubgraphName, string>> = {};
  const subgraphs: Partial<Record<SubgraphName, SubgraphServer<unknown>>> = {};
  try {
    for (const name of names) {
      const entry = PLATFORM_SUBGRAPHS.find((s) => s.name === name);
      const databaseUrl = db.serviceUrls[name];
      if (!entry || !databaseUrl) throw new Error(`Sottografo sconosciuto: ${name}`);
      subgraphs[name] = await createSubgraph(entry.module, {
        databaseUrl,
        publicKeyPem: keys.publicKey,
        privateKeyPem: name === 'config' ? keys.privateKey : undefined,
        subgraphUrls,
        dataDir,
        poolMax: 5,
        logger: options.loggerFor?.(name),
        metricsPort: options.metrics ? 0 : undefined,
      });
    }
    for (const name of names) subgraphUrls[name] = await subgraphs[name]!.listen(0);
    const gateway = await createGatewayServer({
      subgraphUrls: subgraphUrls as Record<SubgraphName, string>,
      publicKeyPem: keys.publicKey,
      supergraphSdl: composeSupergraph(),
      adminUiDir: options.adminUiDir,
      databaseUrl: db.gatewayUrl,
      metricsPort: options.metrics ? 0 : undefined,
      ...options.gateway,
    });
    const gatewayUrl = await gateway.listen(0);
    return {
      gatewayUrl,
      graphqlUrl: `${gatewayUrl}/graphql`,
      subgraphUrls,
      subgraphs,
      gateway,
      dataDir,
      async close() {
        await gateway.close();
        for (const server of Object.values(subgraphs)) await server?.close();
      },
    };
  } catch (error) {
    for (const server of Object.values(subgraphs)) await server?.close().catch(() => undefined);
    throw error;
  }
}
