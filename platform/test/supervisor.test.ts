import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crashesInARowAfter, restartDelay } from '../src/processes/restartPolicy';
import { Supervisor, type ServiceCrash } from '../src/processes/supervisor';

const SCRIPT = join(__dirname, 'fixtures', 'flakyService.mjs');

function isAlive(pid: number | undefined): boolean {
  try {
    process.kill(pid!, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

function starts(counter: string): number {
  try {
    return readFileSync(counter, 'utf8').length;
  } catch {
    return 0;
  }
}

describe('restart back-off', () => {
  const policy = { initialDelayMs: 1000, maxDelayMs: 30_000, stableMs: 60_000 };

  it('waits 1 s after a first crash, doubling with each crash in a row up to 30 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((n) => restartDelay(policy, n))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('counts afresh after a process stayed up a stable period', () => {
    expect(crashesInARowAfter(policy, 5, 59_999)).toBe(6);
    expect(crashesInARowAfter(policy, 5, 60_000)).toBe(1);
  });
});

describe('Supervisor (real processes)', () => {
  let dir: string;
  let supervisor: Supervisor | null = null;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sisa-supervisor-'));
  });
  afterEach(async () => {
    await supervisor?.stopAll(2000);
    supervisor = null;
  });

  function env(name: string, crashTimes: number): NodeJS.ProcessEnv {
    return {
      PATH: process.env.PATH,
      COUNTER_FILE: join(dir, `${name}.count`),
      CRASH_TIMES: String(crashTimes),
      SISA_SERVICE_HEAP_MB: '64',
    };
  }

  it('restarts a crash-looping service with growing pauses while the others keep running', async () => {
    const crashes: ServiceCrash[] = [];
    const restarts: string[] = [];
    supervisor = new Supervisor(join(dir, 'logs'), {
      restart: { initialDelayMs: 100, maxDelayMs: 400, stableMs: 10_000 },
      onCrash: (crash) => crashes.push(crash),
      onRestart: (name) => restarts.push(name),
    });
    const steady = supervisor.start('steady', SCRIPT, env('steady', 0));
    supervisor.start('flaky', SCRIPT, env('flaky', 4));
    const steadyPid = steady.child.pid;

    await until(
      () =>
        supervisor!.status().flaky?.restarts === 4 && starts(env('flaky', 0).COUNTER_FILE!) === 5,
    );
    await until(() => supervisor!.status().flaky?.state === 'running');
    expect(crashes.map((c) => [c.name, c.code, c.restartInMs])).toEqual([
      ['flaky', 3, 100],
      ['flaky', 3, 200],
      ['flaky', 3, 400],
      ['flaky', 3, 400],
    ]);
    expect(crashes[0]?.logTail).toMatch(/crashing on purpose/);
    expect(restarts).toEqual(['flaky', 'flaky', 'flaky', 'flaky']);
    // The other service was never touched.
    expect(steady.child.pid).toBe(steadyPid);
    expect(isAlive(steadyPid)).toBe(true);
    expect(supervisor.status().steady).toMatchObject({ state: 'running', restarts: 0 });

    const log = readFileSync(join(dir, 'logs', 'flaky.log'), 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.service === 'supervisor');
    expect(log.map((l) => [l.level, l.msg])).toEqual([
      ['error', 'process exited unexpectedly; restarting after a pause'],
      ['info', 'process restarted'],
      ['error', 'process exited unexpectedly; restarting after a pause'],
      ['info', 'process restarted'],
      ['error', 'process exited unexpectedly; restarting after a pause'],
      ['info', 'process restarted'],
      ['error', 'process exited unexpectedly; restarting after a pause'],
      ['info', 'process restarted'],
    ]);
  });

  it('brings back a service killed with SIGKILL', async () => {
    const crashes: ServiceCrash[] = [];
    supervisor = new Supervisor(join(dir, 'logs'), {
      restart: { initialDelayMs: 100, maxDelayMs: 400, stableMs: 10_000 },
      onCrash: (crash) => crashes.push(crash),
    });
    const proc = supervisor.start('victim', SCRIPT, env('victim', 0));
    await until(() => starts(env('victim', 0).COUNTER_FILE!) === 1);
    const first = proc.child.pid;
    proc.child.kill('SIGKILL');
    await until(() => starts(env('victim', 0).COUNTER_FILE!) === 2);
    expect(crashes.map((c) => [c.signal, c.restartInMs])).toEqual([['SIGKILL', 100]]);
    expect(proc.child.pid).not.toBe(first);
    expect(isAlive(proc.child.pid)).toBe(true);
  });

  it('stops everything, a service waiting for its restart included', async () => {
    let crashed = false;
    supervisor = new Supervisor(join(dir, 'logs'), {
      restart: { initialDelayMs: 1500, maxDelayMs: 1500, stableMs: 10_000 },
      onCrash: () => (crashed = true),
    });
    const steady = supervisor.start('steady', SCRIPT, env('steady', 0));
    supervisor.start('flaky', SCRIPT, env('flaky', 100));
    await until(() => crashed && starts(env('steady', 0).COUNTER_FILE!) === 1);
    expect(supervisor.status().flaky?.state).toBe('restarting');

    const stopping = Date.now();
    await supervisor.stopAll(2000);
    expect(Date.now() - stopping).toBeLessThan(1000);
    expect(isAlive(steady.child.pid)).toBe(false);
    expect(Object.values(supervisor.status()).map((s) => s.state)).toEqual(['stopped', 'stopped']);
    // Past the moment its restart was due: nothing started again.
    await new Promise((r) => setTimeout(r, 1800));
    expect(starts(env('flaky', 0).COUNTER_FILE!)).toBe(1);
    supervisor = null;
  });

  it('writes logs readable by owner and group only, also when a log was left world-readable', async () => {
    const logs = join(dir, 'logs');
    supervisor = new Supervisor(logs, {});
    writeFileSync(join(logs, 'old.log'), 'earlier lines\n', { mode: 0o644 });
    chmodSync(join(logs, 'old.log'), 0o644);
    chmodSync(logs, 0o755);
    supervisor = new Supervisor(logs, {});
    supervisor.start('old', SCRIPT, env('old', 0));
    supervisor.start('fresh', SCRIPT, env('fresh', 0));
    await until(() => starts(env('fresh', 0).COUNTER_FILE!) === 1);
    expect(statSync(join(logs, 'old.log')).mode & 0o777).toBe(0o640);
    expect(statSync(join(logs, 'fresh.log')).mode & 0o777).toBe(0o640);
    expect(statSync(logs).mode & 0o777).toBe(0o750);
  });
});
