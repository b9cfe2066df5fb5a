import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSigningKeyPem } from '@sisa/kernel';
import { testDatabase } from '@sisa/testing';
import { serviceEnvironments, type ServiceName } from '../src/processes/serviceEnv';
import { Supervisor } from '../src/processes/supervisor';
import { waitForHealthy } from '../src/processes/waitFor';
import { PLATFORM_SUBGRAPHS } from '../src/subgraphs';
import { compiledMain, freePort } from './support/processes';

interface Health {
  status: string;
  subgraphs: Record<string, { status: string }>;
}

async function health(url: string): Promise<{ code: number; body: Health } | null> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(3000) });
    return { code: res.status, body: (await res.json()) as Health };
  } catch {
    return null;
  }
}

/**
 * The platform as `npm start` runs it (the supervisor, each service's environment, the compiled
 * services on the run's database): a subgraph killed with SIGKILL comes back on its own, and
 * the gateway's /health reports it down meanwhile while the others keep answering.
 */
describe('a crashed service (real platform)', () => {
  const db = testDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), 'sisa-restart-'));
  const supervisor = new Supervisor(join(dataDir, 'logs'), {
    restart: { initialDelayMs: 500, maxDelayMs: 2000, stableMs: 60_000 },
  });
  let healthUrl = '';

  beforeAll(async () => {
    loadSigningKeyPem({ dataDir, needPrivate: true });
    const ports = {} as Record<ServiceName, number>;
    for (const name of ['gateway', ...PLATFORM_SUBGRAPHS.map((s) => s.name)] as ServiceName[])
      ports[name] = await freePort();
    const envs = serviceEnvironments({
      // As `npm start` runs: jest's NODE_OPTIONS would make the services load sources.
      env: { ...process.env, NODE_OPTIONS: '', SISA_LOG_LEVEL: 'info' },
      dataDir,
      host: '127.0.0.1',
      ports,
      serviceUrls: db.serviceUrls,
    });
    for (const { name } of PLATFORM_SUBGRAPHS)
      supervisor.start(name, compiledMain(`@sisa/${name}`), envs[name]!);
    supervisor.start('gateway', compiledMain('@sisa/gateway'), envs.gateway);
    healthUrl = `http://127.0.0.1:${ports.gateway}/health`;
    if (!(await waitForHealthy(healthUrl, 90_000)))
      throw new Error(`platform not healthy: ${JSON.stringify(supervisor.status())}`);
  }, 120_000);
  afterAll(() => supervisor.stopAll(5000));

  it('comes back after SIGKILL; /health goes from degraded to ok', async () => {
    const before = supervisor.status();
    const registry = before.registry!;
    process.kill(registry.pid!, 'SIGKILL');
    const killedAt = Date.now();

    let degraded: Health | null = null;
    let healthyAgainMs = 0;
    while (Date.now() - killedAt < 60_000) {
      const h = await health(healthUrl);
      if (h && h.code === 503 && !degraded) degraded = h.body;
      if (degraded && h?.code === 200) {
        healthyAgainMs = Date.now() - killedAt;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(degraded).toMatchObject({
      status: 'degraded',
      subgraphs: {
        registry: { status: 'down' },
        config: { status: 'ok' },
        rei: { status: 'ok' },
        siuss: { status: 'ok' },
      },
    });
    expect(healthyAgainMs).toBeGreaterThan(0);
    const after = supervisor.status();
    expect(after.registry).toMatchObject({ state: 'running', restarts: 1 });
    expect(after.registry?.pid).not.toBe(registry.pid);
    // Nobody else was touched.
    for (const name of ['config', 'rei', 'siuss', 'gateway'])
      expect({ name, pid: after[name]?.pid }).toEqual({ name, pid: before[name]?.pid });

    const log = join(dataDir, 'logs', 'registry.log');
    expect(readFileSync(log, 'utf8')).toMatch(/"signal":"SIGKILL".*process exited unexpectedly/);
    expect(statSync(log).mode & 0o777).toBe(0o640);
  }, 90_000);
});
