/**
 * Time from `npm start` to a green /health on the embedded PostgreSQL, first run (initdb,
 * migrations, demo data) and second run (data reused). The build is done beforehand (turbo
 * cache), as after `npm ci && npm run build`.
 *
 *   npm run build && npx tsx bench/src/startup.ts
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const PORT_BASE = 4600;

async function once(dataDir: string): Promise<number> {
  const started = performance.now();
  const child = spawn('npm', ['start', '--silent'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: '',
      SISA_DATA_DIR: dataDir,
      SISA_PORT_BASE: String(PORT_BASE),
      SISA_PG_PORT: '5466',
      NODE_OPTIONS: '',
    },
    stdio: 'ignore',
    detached: true,
  });
  try {
    for (;;) {
      try {
        const res = await fetch(`http://127.0.0.1:${PORT_BASE}/health`);
        if (res.ok) return (performance.now() - started) / 1000;
      } catch {
        // not up yet
      }
      if (performance.now() - started > 180_000) throw new Error('not healthy within 180 s');
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    process.kill(-child.pid!, 'SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'sisa-bench-start-'));
  chmodSync(dataDir, 0o755);
  try {
    const first = await once(join(dataDir, 'data'));
    const second = await once(join(dataDir, 'data'));
    const third = await once(join(dataDir, 'data'));
    console.log(`npm start → green /health (embedded PostgreSQL, build cached)`);
    console.log(`  first run (initdb + migrations + demo data): ${first.toFixed(1)} s`);
    console.log(`  second run (data reused):                    ${second.toFixed(1)} s`);
    console.log(`  third run (data reused):                     ${third.toFixed(1)} s`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
