/**
 * Cost of the session check every service runs on each request (goal: < 0.2 ms CPU). Measures,
 * in this process, CPU time per check:
 *  - hit: the session's state is cached (the case of every request but the first few seconds of
 *    a session): the whole token path, signature cache and session cache, as a subgraph runs it;
 *  - miss: the state is read from PostgreSQL (`auth.session_state(sid)`, as the registry's service
 *    role through its MikroORM connection), as after a NOTIFY or once every 5 s per session;
 * and the wall time of a miss (PostgreSQL included).
 *
 *   npx tsx bench/src/sessionCheck.ts [hits=200000] [misses=3000]
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import {
  createLogger,
  createOrm,
  generateSigningKeyPem,
  SESSION_STATE_SQL,
  SessionCheck,
  sessionStateOf,
  SUBGRAPHS_ENV,
  subgraphsEnvValue,
  TokenIssuer,
  TokenVerifier,
  type Principal,
} from '@sisa/kernel';
import { dropDatabase, migrateAll, PLATFORM_SUBGRAPHS } from '@sisa/platform';
import { Client } from 'pg';
import { openBenchDatabase } from './benchDatabase';

// What `npm start` tells every process: the platform's subgraphs (tokens' scopes come from it).
process.env[SUBGRAPHS_ENV] ??= subgraphsEnvValue(PLATFORM_SUBGRAPHS);

const HITS = Number(process.argv[2] ?? 200_000);
const MISSES = Number(process.argv[3] ?? 3000);
const DATABASE = 'sisa_bench_sessions';

/** CPU microseconds (user + system) of this process spent in `work`. */
async function cpuOf(work: () => Promise<void>): Promise<{ cpuUs: number; wallMs: number }> {
  const start = process.cpuUsage();
  const wall = performance.now();
  await work();
  const used = process.cpuUsage(start);
  return { cpuUs: used.user + used.system, wallMs: performance.now() - wall };
}

async function main() {
  const logger = createLogger('bench', 'warn');
  const { dir, db } = await openBenchDatabase('sessions', {
    database: DATABASE,
    embeddedPort: 5469,
    logger,
  });
  const registry = PLATFORM_SUBGRAPHS.find((s) => s.name === 'registry')!;
  let orm: Awaited<ReturnType<typeof createOrm>> | null = null;
  try {
    await migrateAll(db.layout.ownerUrl, PLATFORM_SUBGRAPHS);
    const keys = generateSigningKeyPem();
    const issuer = await TokenIssuer.fromPem(keys.privateKey);
    const tenantId = randomUUID();
    const sessions: { principal: Principal; token: string }[] = [];
    const owner = new Client({ connectionString: db.layout.ownerUrl });
    await owner.connect();
    for (let i = 0; i < 1000; i++) {
      const principal: Principal = {
        kind: 'user',
        subjectId: randomUUID(),
        tenantId,
        roles: ['CASEWORKER'],
        scopes: [],
        name: `utente.${i}`,
        sessionId: randomUUID(),
      };
      await owner.query(
        `insert into config.session (id, subject_kind, subject_id, roles, created_at, expires_at)
         values ($1, 'user', $2, $3, now(), now() + interval '8 hours')`,
        [principal.sessionId, principal.subjectId, principal.roles],
      );
      sessions.push({ principal, token: (await issuer.issue(principal, 8 * 3600)).token });
    }
    await owner.query('vacuum analyze config.session');
    await owner.end();

    orm = await createOrm({
      schema: 'registry',
      entities: registry.module.entities,
      migrations: registry.module.migrations,
      clientUrl: db.layout.serviceUrls.registry!,
      poolMax: 2,
      logger,
    });
    const connection = orm.em.getConnection();
    const load = async (sid: string) =>
      sessionStateOf(
        (
          await connection.execute<{ roles: string[]; support_until: Date | null }[]>(
            SESSION_STATE_SQL,
            [sid],
          )
        )[0],
      );

    // Hits: the whole token path of a subgraph (signature cache, then session cache).
    const cached = new SessionCheck({ load });
    const verifier = (await TokenVerifier.fromPem(keys.publicKey)).checkSessionsWith(cached);
    for (const s of sessions) await verifier.verify(s.token);
    const tokenPath = await cpuOf(async () => {
      for (let i = 0; i < HITS; i++) await verifier.verify(sessions[i % sessions.length]!.token);
    });
    const checkOnly = await cpuOf(async () => {
      for (let i = 0; i < HITS; i++) await cached.check(sessions[i % sessions.length]!.principal);
    });

    // Misses: every check reads the database.
    const uncached = new SessionCheck({ load, maxAgeMs: 0 });
    for (let i = 0; i < 200; i++) await uncached.check(sessions[i % sessions.length]!.principal);
    const walls: number[] = [];
    const miss = await cpuOf(async () => {
      for (let i = 0; i < MISSES; i++) {
        const t = performance.now();
        await uncached.check(sessions[i % sessions.length]!.principal);
        walls.push(performance.now() - t);
      }
    });
    walls.sort((a, b) => a - b);
    const pct = (p: number) => walls[Math.floor((walls.length - 1) * p)]!.toFixed(3);

    const perCall = (cpuUs: number, n: number) => (cpuUs / n / 1000).toFixed(4);
    console.log(`session check, Node ${process.version}, ${HITS} hits, ${MISSES} misses`);
    console.log(
      `  hit, token path (signature cache + session cache): ${perCall(tokenPath.cpuUs, HITS)} ms CPU per request`,
    );
    console.log(
      `  hit, session check alone:                          ${perCall(checkOnly.cpuUs, HITS)} ms CPU per check`,
    );
    console.log(
      `  miss (auth.session_state through the ORM's pool):  ${perCall(miss.cpuUs, MISSES)} ms CPU per check in the service; wall p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms`,
    );
  } finally {
    await orm?.close(true);
    await dropDatabase(db.adminUrl, DATABASE).catch(() => undefined);
    await db.embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
