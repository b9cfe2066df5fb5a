import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSigningKeyPem, TokenIssuer } from '@sisa/kernel';
import { createTestTenant, createTestUser, recordSession, testDatabase } from '@sisa/testing';
import { randomUUID } from 'node:crypto';
import { replicaName, serviceEnvironments, type ServiceName } from '../src/processes/serviceEnv';
import { Supervisor } from '../src/processes/supervisor';
import { waitForHealthy } from '../src/processes/waitFor';
import { PLATFORM_SUBGRAPHS } from '../src/subgraphs';
import { compiledMain, freePort } from './support/processes';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One request of the load: when it started and ended, and what went wrong, if anything. */
interface Sent {
  startedAt: number;
  endedAt: number;
  failure: string | null;
}

// Reads the registry (subjects) and the config subgraph (me) in one operation, so each request
// crosses the gateway to two subgraphs; the registry asks config for its settings too.
const QUERY = 'query Load { me { username } subjects(perPage: 1) { total } }';

/**
 * The platform as `npm start` runs it with `SISA_REPLICAS=2`: two processes of each subgraph
 * behind one gateway, under a steady load. A replica killed with SIGKILL loses only the requests
 * it held at that moment; every request that started after it died is answered in full.
 */
describe('two replicas of each subgraph (real processes)', () => {
  const db = testDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'sisa-replicas-'));
  const supervisor = new Supervisor(join(dataDir, 'logs'), {
    restart: { initialDelayMs: 500, maxDelayMs: 2000, stableMs: 60_000 },
  });
  let graphqlUrl = '';
  let healthUrl = '';
  let token = '';

  beforeAll(async () => {
    const keys = loadSigningKeyPem({ dataDir, needPrivate: true });
    const ports = {} as Record<ServiceName, number | number[]>;
    ports.gateway = await freePort();
    for (const { name } of PLATFORM_SUBGRAPHS) ports[name] = [await freePort(), await freePort()];
    const envs = serviceEnvironments({
      env: { ...process.env, NODE_OPTIONS: '', SISA_LOG_LEVEL: 'warn' },
      dataDir,
      host: '127.0.0.1',
      ports,
      serviceUrls: db.serviceUrls,
    });
    for (const { name } of PLATFORM_SUBGRAPHS)
      for (const [i, port] of (ports[name] as number[]).entries())
        supervisor.start(replicaName(name, i), compiledMain(`@sisa/${name}`), {
          ...envs[name]!,
          PORT: String(port),
        });
    supervisor.start('gateway', compiledMain('@sisa/gateway'), {
      ...envs.gateway,
      SISA_RATE_LIMIT_USER: '1000000',
    });
    const gatewayUrl = `http://127.0.0.1:${ports.gateway as number}`;
    graphqlUrl = `${gatewayUrl}/graphql`;
    healthUrl = `${gatewayUrl}/health`;

    const tenant = await createTestTenant();
    const user = await createTestUser(tenant.id, ['CASEWORKER']);
    const principal = {
      kind: 'user' as const,
      subjectId: user.id,
      tenantId: tenant.id,
      roles: ['CASEWORKER' as const],
      scopes: [],
      name: user.username,
      sessionId: randomUUID(),
      supportGrantId: null,
    };
    await recordSession(principal, 3600);
    token = (await (await TokenIssuer.fromPem(keys.privateKey!)).issue(principal, 3600)).token;

    if (!(await waitForHealthy(healthUrl, 120_000)))
      throw new Error(`platform not healthy: ${JSON.stringify(supervisor.status())}`);
  }, 180_000);
  afterAll(() => supervisor.stopAll(5000));

  async function send(): Promise<Sent> {
    const startedAt = Date.now();
    let failure: string | null = null;
    try {
      const res = await fetch(graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: QUERY }),
        signal: AbortSignal.timeout(10_000),
      });
      const body = (await res.json()) as {
        data?: { me?: { username: string }; subjects?: { total: number } };
        errors?: { message: string }[];
      };
      if (res.status !== 200 || body.errors?.length || body.data?.subjects?.total !== 0)
        failure = `${res.status} ${JSON.stringify(body.errors ?? body)}`;
    } catch (error) {
      failure = String(error);
    }
    return { startedAt, endedAt: Date.now(), failure };
  }

  /** A kill: when the signal was sent, and when the supervisor saw the process dead. */
  interface Kill {
    sentAt: number;
    deadAt: number;
  }

  /** Kills one process with SIGKILL; resolves when the supervisor saw it die. */
  async function kill(name: string): Promise<Kill> {
    const pid = supervisor.status()[name]!.pid!;
    const sentAt = Date.now();
    process.kill(pid, 'SIGKILL');
    while (supervisor.status()[name]!.state === 'running') await sleep(5);
    return { sentAt, deadAt: Date.now() };
  }

  async function restarted(name: string): Promise<void> {
    while (supervisor.status()[name]!.state !== 'running') await sleep(50);
  }

  it('loses only the requests in flight when a replica is killed', async () => {
    const sent: Sent[] = [];
    let running = true;
    const clients = Array.from({ length: 20 }, async () => {
      while (running) sent.push(await send());
    });

    await sleep(3000);
    const killedRegistryAt = await kill('registry-2');
    // The subgraph is still served, by one process of two.
    const health = (await (await fetch(healthUrl)).json()) as Record<string, unknown>;
    await sleep(2000);
    const killedConfigAt = await kill('config');
    await sleep(2000);
    // Both come back; past their pause as "down" they serve again: kill the other replicas,
    // and the restarted ones alone must answer.
    await restarted('registry-2');
    await restarted('config');
    await sleep(4000);
    const killedOthersAt = await kill('registry');
    await sleep(2000);
    const killedConfig2At = await kill('config-2');
    await sleep(2000);
    running = false;
    await Promise.all(clients);

    const kills = [killedRegistryAt, killedConfigAt, killedOthersAt, killedConfig2At];
    // In flight at a kill: started before the process was seen dead, still running when the
    // signal was sent. Anything that started after a kill was over must have been answered.
    const inFlight = (s: Sent) =>
      kills.some((k) => s.startedAt < k.deadAt && s.endedAt >= k.sentAt);
    const failed = sent.filter((s) => s.failure);
    const lost = failed.filter((s) => !inFlight(s));
    const summary = {
      requests: sent.length,
      failed: failed.length,
      failedInFlight: failed.length - lost.length,
      // Of those, started while the process was dying (sent before the gateway saw it closed).
      failedStartedDuringKill: failed.filter((s) =>
        kills.some((k) => s.startedAt >= k.sentAt && s.startedAt < k.deadAt),
      ).length,
      killWindowsMs: kills.map((k) => k.deadAt - k.sentAt),
      lost: lost.map((s) => s.failure),
    };
    console.log(`replicas under load: ${JSON.stringify(summary)}`);
    expect(lost).toEqual([]);
    expect(health).toMatchObject({
      status: 'ok',
      subgraphs: { registry: { status: 'ok', replicas: { up: 1, total: 2 } } },
    });
    expect(sent.length).toBeGreaterThan(200);
    // Each of the 20 clients has at most one request in flight at each kill.
    expect(failed.length).toBeLessThanOrEqual(20 * kills.length);
    // Each restarted replica then served alone: nothing lost after the others were killed.
    expect(
      sent.filter((s) => s.startedAt > killedConfig2At.deadAt && !s.failure).length,
    ).toBeGreaterThan(10);
  }, 120_000);
});
