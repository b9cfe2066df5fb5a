/**
 * The subject file through the gateway: `subject(id) { … households … reiApplications …
 * socialBenefits … }` (registry, REI and SIUSS in one operation), against whole platforms each
 * started by its own `npm start` entry (`platform/dist/cli/start.js`), so the same
 * client can measure an older commit's build beside this one's. Every platform runs at once, on
 * its own ports and database; the runs alternate between them, round after round, so the
 * machine's load falls on each alike. Per run: closed loop with 10 connections (req/s,
 * p50/p95/p99) and one connection at a time (p50/p95/p99), each process's CPU per request and
 * the load average; then the median of the rounds per platform.
 *
 *   npm run build && npx tsx bench/src/subjectFile.ts [seconds=20] [rounds=3] [root…=this checkout]
 *
 * A root is a built checkout (`git worktree add /tmp/old-<sha> <sha>`, node_modules copied,
 * `npx turbo run build`). With `DATABASE_URL` each platform gets a database of its own on that
 * server (`sisa_bench_subject_<n>`, dropped at the end), else an embedded PostgreSQL each. The
 * demo data is loaded by a first start in development mode; the measured start is in
 * production mode (`NODE_ENV=production`, warn-level logs, the bench's signing keys), with the
 * per-user rate limit raised so that it counts without refusing (`SISA_RATE_LIMIT_USER`).
 * The subject is a demo REI applicant (so in a household); it is given SIUSS records (copies of
 * the tenant's demo records under its codice fiscale) when it has none.
 * `SISA_BENCH_CPU_PROF=<dir>` measures through a second gateway of each checkout, started by the
 * bench with `--cpu-prof` over the platform's subgraphs (`<dir>/<n>/gateway.cpuprofile` when it
 * stops; `--cpu-prof` is not allowed in NODE_OPTIONS, so not through `npm start`).
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { createLogger, generateSigningKeyPem } from '@sisa/kernel';
import { openPlatformDatabase } from '@sisa/platform';
import { graphqlData } from './fixedRate';
import { cpuMs, stop, waitForOk } from './processes';

const SECONDS = Number(process.argv[2] ?? 20);
const ROUNDS = Number(process.argv[3] ?? 3);
const ROOTS = process.argv.slice(4).length
  ? process.argv.slice(4).map((r) => resolve(r))
  : [resolve(__dirname, '../..')];
const CONNECTIONS = 10;
const SERVICES = ['gateway', 'registry', 'rei', 'siuss', 'config'] as const;
type Service = (typeof SERVICES)[number];

export const SUBJECT_FILE = `query SubjectFile($id: ID!) {
  subject(id: $id) {
    id fiscalCode firstName lastName sex birthDate birthPlaceName citizenshipCode phone email version updatedAt
    residence { street postalCode municipalityCode municipalityName }
    households { id members { relationship since subject { id fiscalCode firstName lastName birthDate } } }
    reiApplications { id protocolNumber status submittedAt accessPoint monthlyAmount firstMonth lastMonth overdue }
    socialBenefits { id serviceCode serviceName status character startDate endDate paymentDate amount monthlyAmount takenInCharge }
  }
}`;

interface Platform {
  root: string;
  label: string;
  url: string;
  dataDir: string;
  database: string;
  launcher: ChildProcess;
  /** The profiled gateway the bench started itself (SISA_BENCH_CPU_PROF). */
  profiled?: ChildProcess;
  pids: Partial<Record<Service, number>>;
  token: string;
  body: string;
}

interface RunFigures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  n: number;
  bad: number;
  load: number;
  cpuPerRequest: Partial<Record<Service, number>>;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function childPids(pid: number): number[] {
  const out: number[] = [];
  for (const task of readdirSync(`/proc/${pid}/task`)) {
    const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
    if (text) out.push(...text.split(' ').map(Number));
  }
  return out;
}

/** The launcher's service processes, by the script each runs. */
function servicePids(launcher: number): Partial<Record<Service, number>> {
  const pids: Partial<Record<Service, number>> = {};
  for (const pid of childPids(launcher)) {
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    for (const s of SERVICES) if (cmd.includes(`/${s}/dist/main.js`)) pids[s] = pid;
  }
  return pids;
}

/** Stops a launcher and then whichever of its services outlived it (an older launcher may leave them). */
async function stopLauncher(launcher: ChildProcess): Promise<void> {
  const services = launcher.exitCode === null ? childPids(launcher.pid!) : [];
  await stop(launcher);
  for (const pid of services) {
    try {
      process.kill(pid, 'SIGTERM');
    } catch {
      continue; // gone already
    }
    for (let i = 0; i < 100; i++) {
      try {
        process.kill(pid, 0);
      } catch {
        break;
      }
      await sleep(100);
    }
  }
}

/** The checkout's `npm start` entry: `platform/` since the manifest, `packages/platform/` before. */
function startEntry(root: string): string {
  const current = join(root, 'platform/dist/cli/start.js');
  return existsSync(current) ? current : join(root, 'packages/platform/dist/cli/start.js');
}

function launch(root: string, env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, [startEntry(root)], {
    cwd: root,
    env,
    stdio: process.env.SISA_BENCH_VERBOSE ? 'inherit' : 'ignore',
  });
}

async function startPlatform(
  root: string,
  n: number,
  keys: object,
  started: { launcher?: ChildProcess; dataDir: string; database: string }[],
): Promise<Platform> {
  const dataDir = mkdtempSync(join(tmpdir(), `sisa-bench-subject-${n}-`));
  const base = 5600 + n * 10;
  const database = `sisa_bench_subject_${n}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...keys,
    NODE_OPTIONS: '',
    SISA_PORT_BASE: String(base),
    SISA_PG_PORT: String(5590 + n),
    SISA_DATA_DIR: dataDir,
    SISA_DB_NAME: database,
    SISA_LOG_LEVEL: process.env.SISA_BENCH_LOG_LEVEL ?? 'warn',
  };
  const url = `http://127.0.0.1:${base}`;
  // First start: migrations and demo data (development mode), then stopped.
  const mine: { launcher?: ChildProcess; dataDir: string; database: string } = {
    dataDir,
    database,
  };
  started.push(mine);
  mine.launcher = launch(root, { ...env, NODE_ENV: 'development' });
  await waitForOk(`${url}/health`, 600_000);
  await stopLauncher(mine.launcher);
  await sleep(1000);
  const production = {
    ...env,
    NODE_ENV: 'production',
    SISA_SEED: 'none',
    SISA_RATE_LIMIT_USER: '1000000000',
  };
  const launcher = launch(root, production);
  mine.launcher = launcher;
  await waitForOk(`${url}/health`, 600_000);
  let profiled: ChildProcess | undefined;
  const profile = process.env.SISA_BENCH_CPU_PROF;
  if (profile) {
    // The gateway's own role, as npm start gives it (the older commits' gateways ignore it).
    const db = process.env.DATABASE_URL
      ? await openPlatformDatabase({ dataDir, logger: createLogger('bench', 'warn'), database })
      : null;
    profiled = spawn(
      process.execPath,
      [
        '--cpu-prof',
        `--cpu-prof-dir=${join(profile, String(n))}`,
        '--cpu-prof-name=gateway.cpuprofile',
        join(root, 'gateway/dist/main.js'),
      ],
      {
        cwd: root,
        env: {
          ...Object.fromEntries(
            Object.entries(production).filter(([k]) => k !== 'DATABASE_URL' && !/^PG[A-Z]/.test(k)),
          ),
          ...(db ? { DATABASE_URL: db.layout.gatewayUrl } : {}),
          PORT: String(base + 9),
          SISA_CONFIG_URL: `http://127.0.0.1:${base + 1}`,
          SISA_REGISTRY_URL: `http://127.0.0.1:${base + 2}`,
          SISA_REI_URL: `http://127.0.0.1:${base + 3}`,
          SISA_SIUSS_URL: `http://127.0.0.1:${base + 4}`,
        },
        stdio: process.env.SISA_BENCH_VERBOSE ? 'inherit' : 'ignore',
      },
    );
    await waitForOk(`http://127.0.0.1:${base + 9}/health`, 120_000);
  }
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation { login(username: "milano.operatore", password: "demo") { token } }',
    }),
  });
  const login = ((await res.json()) as { data: { login: { token: string } } }).data;
  const token = login.login.token;
  const subjectId = await chooseSubject(`${url}/graphql`, token, env, database);
  const body = JSON.stringify({
    query: SUBJECT_FILE,
    operationName: 'SubjectFile',
    variables: { id: subjectId },
  });
  const label = `${n}:${root.split('/').pop()}`;
  const pids = servicePids(launcher.pid!);
  if (profiled) pids.gateway = profiled.pid!;
  return {
    root,
    label,
    url: profiled ? `http://127.0.0.1:${base + 9}/graphql` : `${url}/graphql`,
    dataDir,
    database,
    launcher,
    profiled,
    pids,
    token,
    body,
  };
}

/** A demo REI applicant, given copies of three SIUSS records of its tenant when it has none. */
async function chooseSubject(
  url: string,
  token: string,
  env: NodeJS.ProcessEnv,
  database: string,
): Promise<string> {
  const list = (await graphqlData(
    url,
    token,
    '{ reiApplications(perPage: 50) { items { applicant { id fiscalCode lastName firstName } } } }',
    {},
  )) as {
    reiApplications: {
      items: {
        applicant: { id: string; fiscalCode: string; lastName: string; firstName: string };
      }[];
    };
  };
  const applicant = list.reiApplications.items[0]!.applicant;
  const file = (await graphqlData(url, token, SUBJECT_FILE, { id: applicant.id })) as {
    subject: { socialBenefits: unknown[]; households: unknown[] };
  };
  if (file.subject.socialBenefits.length === 0) {
    if (!env.DATABASE_URL) throw new Error('SIUSS records for the subject need DATABASE_URL');
    const admin = new URL(env.DATABASE_URL);
    admin.pathname = `/${database}`;
    const db = new Client({ connectionString: admin.toString() });
    await db.connect();
    try {
      await db.query(
        `insert into siuss.social_benefit
         select (jsonb_populate_record(null::siuss.social_benefit, to_jsonb(b) || jsonb_build_object(
           'id', gen_random_uuid(), 'fiscal_code', $2::text, 'last_name', upper($3::text),
           'first_name', upper($4::text), 'source', 'MANUAL', 'source_id', null,
           'request_protocol', 'BENCH-' || b.n))).*
         from (select sb.*, row_number() over (order by sb.id) as n from siuss.social_benefit sb
               where sb.tenant_id = (select tenant_id from registry.subject where id = $1) limit 3) b`,
        [applicant.id, applicant.fiscalCode, applicant.lastName, applicant.firstName],
      );
    } finally {
      await db.end();
    }
  }
  const check = (await graphqlData(url, token, SUBJECT_FILE, { id: applicant.id })) as {
    subject: { socialBenefits: unknown[]; households: unknown[]; reiApplications: unknown[] };
  };
  const s = check.subject;
  if (!s.socialBenefits.length || !s.households.length || !s.reiApplications.length)
    throw new Error(`the subject lacks a part of its file: ${JSON.stringify(s)}`);
  return applicant.id;
}

/** One autocannon run; latencies from every answer (autocannon's own summary has no p95). */
async function run(p: Platform, connections: number, seconds: number): Promise<RunFigures> {
  const latencies: number[] = [];
  const cpuBefore = Object.fromEntries(
    Object.entries(p.pids).map(([s, pid]) => [s, cpuMs(pid!)]),
  ) as Record<Service, number>;
  const loadBefore = loadavg()[0]!;
  const result = await new Promise<autocannon.Result>((done, fail) => {
    const instance = autocannon(
      {
        url: p.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${p.token}` },
        body: p.body,
        duration: seconds,
        connections,
      },
      (error, result) => (error ? fail(error) : done(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) =>
      latencies.push(responseTime),
    );
  });
  const n = result.requests.total;
  latencies.sort((a, b) => a - b);
  const cpuPerRequest = Object.fromEntries(
    Object.entries(p.pids).map(([s, pid]) => [s, (cpuMs(pid!) - cpuBefore[s as Service]) / n]),
  );
  return {
    rps: n / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    n,
    bad: result.non2xx + result.errors,
    load: (loadBefore + loadavg()[0]!) / 2,
    cpuPerRequest,
  };
}

const ms = (x: number) => x.toFixed(1).padStart(6);
function line(label: string, f: RunFigures): string {
  const cpu = SERVICES.filter((s) => f.cpuPerRequest[s] !== undefined)
    .map((s) => `${s} ${f.cpuPerRequest[s]!.toFixed(2)}`)
    .join(', ');
  return `${label.padEnd(34)} ${f.rps.toFixed(1).padStart(7)} req/s  p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  p99 ${ms(f.p99)} ms  n ${f.n}  bad ${f.bad}  load ${f.load.toFixed(2)}  CPU ms/req: ${cpu}`;
}

async function main() {
  const keys = generateSigningKeyPem();
  const keyEnv = { SISA_JWT_PUBLIC_KEY: keys.publicKey, SISA_JWT_PRIVATE_KEY: keys.privateKey };
  const platforms: Platform[] = [];
  const started: { launcher?: ChildProcess; dataDir: string; database: string }[] = [];
  const cleanup = async () => {
    for (const p of platforms) if (p.profiled) await stop(p.profiled);
    for (const s of started) {
      if (s.launcher) await stopLauncher(s.launcher);
      if (process.env.DATABASE_URL) {
        const db = new Client({ connectionString: process.env.DATABASE_URL });
        await db.connect();
        await db.query(`drop database if exists ${s.database} with (force)`).catch(() => 0);
        await db.end();
      }
      rmSync(s.dataDir, { recursive: true, force: true });
    }
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    for (const [n, root] of ROOTS.entries()) {
      platforms.push(await startPlatform(root, n, keyEnv, started));
      console.log(`started ${root}: ${JSON.stringify(platforms.at(-1)!.pids)}`);
    }
    console.log(
      `${cpus().length} CPUs; ${SECONDS} s runs, ${CONNECTIONS} connections then 1, ${ROUNDS} rounds alternating`,
    );
    for (const p of platforms) await run(p, CONNECTIONS, 5); // warm-up: JIT, caches, plans
    const figures = new Map<Platform, { closed: RunFigures[]; serial: RunFigures[] }>(
      platforms.map((p) => [p, { closed: [], serial: [] }]),
    );
    for (let round = 1; round <= ROUNDS; round++) {
      // Which platform goes first alternates too.
      const order = round % 2 ? platforms : [...platforms].reverse();
      for (const p of order) {
        const closed = await run(p, CONNECTIONS, SECONDS);
        console.log(line(`r${round} ${p.label} ${CONNECTIONS} conn`, closed));
        const serial = await run(p, 1, SECONDS);
        console.log(line(`r${round} ${p.label} 1 conn`, serial));
        figures.get(p)!.closed.push(closed);
        figures.get(p)!.serial.push(serial);
      }
    }
    console.log('\nmedians of the rounds');
    for (const p of platforms) {
      const f = figures.get(p)!;
      for (const [kind, runs] of [
        [`${CONNECTIONS} conn`, f.closed],
        ['1 conn', f.serial],
      ] as const) {
        const med = (k: 'rps' | 'p50' | 'p95' | 'p99' | 'load') => median(runs.map((r) => r[k]));
        const cpu = Object.fromEntries(
          SERVICES.filter((s) => runs[0]!.cpuPerRequest[s] !== undefined).map((s) => [
            s,
            median(runs.map((r) => r.cpuPerRequest[s]!)),
          ]),
        );
        console.log(
          line(`${p.label} ${kind}`, {
            rps: med('rps'),
            p50: med('p50'),
            p95: med('p95'),
            p99: med('p99'),
            load: med('load'),
            n: runs.reduce((a, r) => a + r.n, 0),
            bad: runs.reduce((a, r) => a + r.bad, 0),
            cpuPerRequest: cpu,
          }),
        );
      }
    }
  } finally {
    await cleanup();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
