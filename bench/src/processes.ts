import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serviceNodeFlags } from '@sisa/platform';

const ROOT = resolve(__dirname, '../..');

/** CPU time (user + system) a process has used so far, in milliseconds, from /proc. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
  return (ticks * 1000) / 100; // CLK_TCK is 100 on Linux
}

/**
 * Starts `node script` with `env` as the platform starts its services (their heap budget, see
 * serviceNodeFlags), logs discarded unless SISA_BENCH_VERBOSE is set. SISA_BENCH_CPU_PROF=<dir>
 * writes a CPU profile of each process there when it stops (`<name>.cpuprofile` when named);
 * SISA_BENCH_NODE_FLAGS adds node flags (e.g. `--trace-gc`).
 */
export function startNode(script: string, env: NodeJS.ProcessEnv, name?: string): ChildProcess {
  const profileDir = process.env.SISA_BENCH_CPU_PROF;
  const profile = profileDir
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${profileDir}`,
        ...(name ? [`--cpu-prof-name=${name}.cpuprofile`] : []),
      ]
    : [];
  const flags = process.env.SISA_BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
  return spawn(process.execPath, [...serviceNodeFlags(env), ...flags, ...profile, script], {
    env: { ...env, NODE_OPTIONS: '' },
    stdio: process.env.SISA_BENCH_VERBOSE ? 'inherit' : 'ignore',
  });
}

export async function waitForOk(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} not ready in ${timeoutMs} ms`);
}

export function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export function percent(n: number): string {
  return `${n.toFixed(1)}`;
}

/** A compiled subgraph (`subgraphs/<name>/dist/main.js`) on `port`, with its service-role database URL. */
export function startSubgraph(
  name: string,
  env: NodeJS.ProcessEnv,
  databaseUrl: string,
  port: number,
): ChildProcess {
  return startNode(join(ROOT, `subgraphs/${name}/dist/main.js`), {
    ...env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
  });
}

/** The compiled gateway on `port`. */
export function startGateway(env: NodeJS.ProcessEnv, port: number): ChildProcess {
  return startNode(join(ROOT, 'gateway/dist/main.js'), {
    ...env,
    DATABASE_URL: '',
    PORT: String(port),
  });
}
