/**
 * SIUSS throughput and memory, measured on the process that does the work: the real siuss
 * subgraph (compiled `dist/main.js`, NODE_ENV=production, its own service-role DATABASE_URL,
 * token keys from the environment) beside a config subgraph, driven over HTTP as a client would:
 *
 * - import: `POST /files/siuss/imports?format=csv` streaming a CSV generated on the fly (never a
 *   file in memory) of realistic, varied rows (see siussData.ts; ~1% rejected, ~2% INVALID);
 * - transmission: GraphQL `createTransmission` (PS_PSA_SINA, 100,000 records per file), and the
 *   first file checked against the XSD with xmllint;
 * - later: 1,000 new rows imported over that history, then the console's list of what is still
 *   to send (first page and total) and their transmission;
 * - PostgreSQL's own limit on the same server and rows (copyLimits.ts): COPY of the rows the import
 *   stored into an empty table like social_benefit, and COPY TO of the transmission's read; the
 *   import's rows/s and the transmission's records/s as ratios to those (goal: >= 0.5 each).
 *
 * For each size a fresh siuss process and a fresh tenant: peak RSS is the process's VmHWM
 * (/proc/<pid>/status, reset between phases through /proc/<pid>/clear_refs), CPU is read from
 * /proc for the siuss process and for PostgreSQL (postmaster and backends). pg_stat_statements
 * (loaded into the embedded server) gives the time of the heaviest statements of each phase.
 *
 *   npm run build && npx tsx bench/src/siuss.ts [rows…=200000 1000000]
 *
 * The services run as the platform starts them, with their heap budget (SISA_SERVICE_HEAP_MB).
 * SISA_BENCH_CPU_PROF=<dir> writes a CPU profile of each siuss process (`node --cpu-prof`);
 * SISA_BENCH_NODE_FLAGS adds node flags (e.g. `--trace-gc`, shown with SISA_BENCH_VERBOSE=1);
 * SISA_BENCH_KEEP=1 keeps the database (to EXPLAIN its statements afterwards). With DATABASE_URL
 * the bench uses that server (pg_stat_statements when it is preloaded there).
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Client } from 'pg';
import { createLogger } from '@sisa/kernel';
import { benchAuth, benchEnv } from './benchAuth';
import {
  dropDatabase,
  migrateAll,
  openPlatformDatabase,
  PLATFORM_SUBGRAPHS,
  type PlatformDatabase,
} from '@sisa/platform';
import { peoplePool, siussCsv } from './siussData';
import { copyInLimit, copyOutLimit, rate, type CopyLimit } from './copyLimits';
import { cpuMs, startNode, stop, waitForOk } from './processes';

const ROOT = resolve(__dirname, '../..');
const SIZES = process.argv.slice(2).length
  ? process.argv.slice(2).map(Number)
  : [200_000, 1_000_000];
const DATABASE = process.env.SISA_BENCH_DATABASE ?? 'sisa_bench_siuss';
const PG_PORT = Number(process.env.SISA_BENCH_PG_PORT ?? 5478);
const CONFIG_PORT = Number(process.env.SISA_BENCH_CONFIG_PORT ?? 4711);
const SIUSS_PORT = Number(process.env.SISA_BENCH_SIUSS_PORT ?? 4714);
/** New rows imported after the first transmission, for the next one. */
const FOLLOW_UP_ROWS = 1000;
/** The siuss process's upload limit for the bench (SISA_UPLOAD_MAX_MB). */
const UPLOAD_MAX_MB = 1024;
/** Belfiore code and name of the comune of each size (a code belongs to one tenant). */
const COMUNI = [
  ['F205', 'Milano'],
  ['A794', 'Bergamo'],
  ['B157', 'Brescia'],
  ['F704', 'Monza'],
] as const;

const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;
/** The goal for the service's rates, as a share of PostgreSQL's own COPY limit. */
const COPY_RATIO_GOAL = 0.5;
const RSS_GOAL_MB = 300;
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
/** A COPY limit and the service's rate as a share of it. */
const copyLine = (what: string, limit: CopyLimit, ratio: number) =>
  `  COPY limit (${what}): ${limit.rows} rows, ${(limit.bytes / 1e6).toFixed(0)} MB, ${limit.seconds.toFixed(1)} s, ` +
  `${rate(limit).toFixed(0)} rows/s` +
  (limit.serverCpuMs === null
    ? ''
    : `, CPU per row: PostgreSQL ${((limit.serverCpuMs * 1000) / limit.rows).toFixed(1)} µs`) +
  `; ratio ${ratio.toFixed(2)} (goal >= ${COPY_RATIO_GOAL}); load ${load()}`;

/** VmHWM and VmRSS of a process, in kB. */
function memoryKb(pid: number): { hwm: number; rss: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) =>
    Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { hwm: field('VmHWM'), rss: field('VmRSS') };
}

/** Resets VmHWM to the current RSS (Linux ≥ 4.0). */
function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // not allowed here: the peak then covers the process's whole life
  }
}

/** CPU (ms) of the embedded PostgreSQL: the postmaster with its exited children, and every live backend. */
function postgresCpuMs(postmaster: number): number {
  const fields = (pid: number) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  };
  const own = fields(postmaster);
  let ticks = Number(own[11]) + Number(own[12]) + Number(own[13]) + Number(own[14]);
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const f = fields(Number(entry));
      if (Number(f[1]) === postmaster) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      // gone meanwhile
    }
  }
  return ticks * 10;
}

/** The postmaster of a backend when the server runs on this machine (its CPU is then measured), else null. */
function postmasterOf(backend: number): number | null {
  try {
    const stat = readFileSync(`/proc/${backend}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return null;
  }
}

/** Streams the generated CSV to the import endpoint; resolves to the endpoint's answer. */
function importCsv(
  url: string,
  token: string,
  body: Readable,
): Promise<{ status: number; answer: Record<string, unknown> }> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      url,
      { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'text/csv' } },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () =>
          resolvePromise({
            status: res.statusCode ?? 0,
            answer: JSON.parse(text) as Record<string, unknown>,
          }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    pipeline(body, req).catch(reject);
  });
}

async function graphql<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/** The heaviest statements since the last reset, as `pg_stat_statements` saw them. */
async function topStatements(admin: Client, limit = 6): Promise<string[]> {
  const { rows } = await admin.query<{ calls: string; total: number; rows: string; query: string }>(
    `select calls, total_exec_time as total, rows, regexp_replace(query, '\\s+', ' ', 'g') as query
     from pg_stat_statements where dbid = (select oid from pg_database where datname = $1) order by total_exec_time desc limit $2`,
    [DATABASE, limit],
  );
  await admin.query('select pg_stat_statements_reset()');
  return rows.map(
    (r) =>
      `${(r.total / 1000).toFixed(1).padStart(7)} s ${r.calls.padStart(7)} calls ${r.rows.padStart(8)} rows  ${r.query.slice(0, 110)}`,
  );
}

/** The embedded server with pg_stat_statements loaded (a restart after ALTER SYSTEM), or DATABASE_URL. */
async function openDatabase(dir: string): Promise<{ db: PlatformDatabase; statements: boolean }> {
  const logger = createLogger('bench', 'warn');
  const options = {
    dataDir: dir,
    logger,
    database: DATABASE,
    embeddedDir: join(dir, 'pg'),
    embeddedPort: PG_PORT,
  };
  let db = await openPlatformDatabase(options);
  if (!db.embedded) return { db, statements: true }; // the server's own settings decide
  const admin = new Client({ connectionString: db.adminUrl });
  await admin.connect();
  await admin.query(`alter system set shared_preload_libraries = 'pg_stat_statements'`);
  await admin.end();
  await db.embedded.stop();
  db = await openPlatformDatabase(options);
  return { db, statements: true };
}

interface TransmissionAnswer {
  id: string;
  benefitCount: number;
  recordCount: number;
  files: { name: string; records: number; sizeBytes: number }[];
}

/** GraphQL `createTransmission` of the PS flow, 100,000 records per file. */
async function transmit(token: string): Promise<TransmissionAnswer> {
  const { createTransmission } = await graphql<{ createTransmission: TransmissionAnswer }>(
    `http://127.0.0.1:${SIUSS_PORT}/graphql`,
    token,
    `
      mutation T($i: TransmissionInput!) {
        createTransmission(input: $i) {
          id
          benefitCount
          recordCount
          files {
            name
            records
            sizeBytes
          }
        }
      }
    `,
    { i: { recordsPerFile: 100_000, operatorFiscalCode: 'BNCMRC75C10F205O' } },
  );
  return createTransmission;
}

/** Seconds `work` takes. */
async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [result, Number(process.hrtime.bigint() - started) / 1e9];
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'sisa-bench-siuss-'));
  chmodSync(dir, 0o755);
  const { db, statements: requested } = await openDatabase(dir);
  await migrateAll(db.layout.ownerUrl, PLATFORM_SUBGRAPHS);
  const admin = new Client({
    connectionString: db.adminUrl.replace(/\/postgres$/, `/${DATABASE}`),
  });
  await admin.connect();
  const statements =
    requested &&
    (await admin
      .query('create extension if not exists pg_stat_statements')
      // created but not preloaded (a server of DATABASE_URL): it cannot count anything
      .then(() => admin.query('select pg_stat_statements_reset()'))
      .then(
        () => true,
        () => false,
      ));
  const postmaster = postmasterOf(
    Number((await admin.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid),
  );
  const { keys, token: tokenFor } = await benchAuth(db.layout.ownerUrl);
  const env = benchEnv(dir, keys, { config: CONFIG_PORT, siuss: SIUSS_PORT });
  const config = startNode(
    join(ROOT, 'subgraphs/config/dist/main.js'),
    { ...env, DATABASE_URL: db.layout.serviceUrls.config, PORT: String(CONFIG_PORT) },
    'config',
  );
  const results: string[] = [];
  const summary: string[] = [];
  try {
    await waitForOk(`http://127.0.0.1:${CONFIG_PORT}/health`);
    for (const [index, rows] of SIZES.entries()) {
      const tenantId = randomUUID();
      // A comune has one tenant: each size is another comune.
      const [belfiore, name] = COMUNI[index % COMUNI.length]!;
      await admin.query(
        `insert into config.tenant (id, code, belfiore_code, name, active, created_at) values ($1, $2, $3, $4, true, now())`,
        [tenantId, String(100000 + rows + index).slice(-6), belfiore, `Comune di ${name} (bench)`],
      );
      const token = await tokenFor(tenantId, ['CASEWORKER'], 24 * 3600);
      const people = peoplePool(Math.max(1000, Math.round(rows / 4)));
      const siuss = startNode(
        join(ROOT, 'subgraphs/siuss/dist/main.js'),
        {
          ...env,
          DATABASE_URL: db.layout.serviceUrls.siuss,
          PORT: String(SIUSS_PORT),
          // A 1,000,000-row file is ~190 MB: over the 50 MB a comune may upload by default.
          SISA_UPLOAD_MAX_MB: String(UPLOAD_MAX_MB),
        },
        `siuss-${rows}`,
      );
      try {
        await waitForOk(`http://127.0.0.1:${SIUSS_PORT}/health`);
        const pid = siuss.pid!;
        const idle = memoryKb(pid).rss;
        if (statements) await admin.query('select pg_stat_statements_reset()');

        // Import
        resetPeak(pid);
        let cpu = { node: cpuMs(pid), pg: postmaster ? postgresCpuMs(postmaster) : 0 };
        let started = process.hrtime.bigint();
        const url = `http://127.0.0.1:${SIUSS_PORT}/files/siuss/imports?format=csv&fileName=bench-${rows}.csv`;
        const { status, answer } = await importCsv(
          url,
          token,
          Readable.from(siussCsv(rows, people)),
        );
        let seconds = Number(process.hrtime.bigint() - started) / 1e9;
        if (status !== 200) throw new Error(`import: HTTP ${status} ${JSON.stringify(answer)}`);
        const importCpu = {
          node: cpuMs(pid) - cpu.node,
          pg: postmaster ? postgresCpuMs(postmaster) - cpu.pg : 0,
        };
        const importPeak = memoryKb(pid).hwm;
        const accepted = Number(answer.accepted);
        results.push(
          `import   ${rows} rows (${people.length} people): ${seconds.toFixed(1)} s, ${(rows / seconds).toFixed(0)} rows/s ` +
            `(accepted ${accepted}, rejected ${String(answer.rejected)}), peak RSS ${mb(importPeak)} (idle ${mb(idle)}), ` +
            `CPU per row: siuss ${((importCpu.node * 1000) / rows).toFixed(1)} µs, PostgreSQL ${((importCpu.pg * 1000) / rows).toFixed(1)} µs; load ${load()}`,
        );
        console.log(results.at(-1));
        if (statements) for (const line of await topStatements(admin)) console.log(`  ${line}`);
        const { rows: counted } = await admin.query<{ status: string; n: string }>(
          `select status, count(*) as n from siuss.social_benefit where tenant_id = $1 group by status`,
          [tenantId],
        );
        const stored = counted.reduce((sum, c) => sum + Number(c.n), 0);
        const valid = Number(counted.find((c) => c.status === 'VALID')?.n ?? 0);

        // PostgreSQL's own limits on the same rows (copyLimits.ts): COPY of what the import
        // stored, and COPY TO of what the transmission reads (before it, while still to send).
        const serverCpu = () => (postmaster ? postgresCpuMs(postmaster) : null);
        const copyIn = await copyInLimit(admin, tenantId, dir, serverCpu);
        if (copyIn.rows !== stored)
          throw new Error(`COPY limit: ${copyIn.rows} rows copied, ${stored} stored`);
        const importRatio = rows / seconds / rate(copyIn);
        results.push(copyLine('import', copyIn, importRatio));
        console.log(results.at(-1));
        const copyOut = await copyOutLimit(admin, tenantId, serverCpu);
        if (statements) await admin.query('select pg_stat_statements_reset()');

        // Transmission
        resetPeak(pid);
        cpu = { node: cpuMs(pid), pg: postmaster ? postgresCpuMs(postmaster) : 0 };
        started = process.hrtime.bigint();
        const t = await transmit(token);
        seconds = Number(process.hrtime.bigint() - started) / 1e9;
        const sendCpu = {
          node: cpuMs(pid) - cpu.node,
          pg: postmaster ? postgresCpuMs(postmaster) - cpu.pg : 0,
        };
        const sendPeak = memoryKb(pid).hwm;
        const bytes = t.files.reduce((sum, f) => sum + f.sizeBytes, 0);
        results.push(
          `transmit ${t.benefitCount} records (of ${valid} VALID; ${t.recordCount} XML elements, ${t.files.length} files, ${(bytes / 1e6).toFixed(0)} MB): ` +
            `${seconds.toFixed(1)} s, ${(t.benefitCount / seconds).toFixed(0)} records/s, peak RSS ${mb(sendPeak)}, ` +
            `CPU per record: siuss ${((sendCpu.node * 1000) / t.benefitCount).toFixed(1)} µs, PostgreSQL ${((sendCpu.pg * 1000) / t.benefitCount).toFixed(1)} µs; load ${load()}`,
        );
        console.log(results.at(-1));
        if (copyOut.rows !== t.benefitCount)
          throw new Error(`COPY limit: ${copyOut.rows} rows out, ${t.benefitCount} sent`);
        const sendRatio = t.benefitCount / seconds / rate(copyOut);
        results.push(copyLine('transmission, COPY TO of its read', copyOut, sendRatio));
        console.log(results.at(-1));
        summary.push(
          `${rows} rows: import ${importRatio.toFixed(2)} of COPY, transmission ${sendRatio.toFixed(2)} of COPY TO ` +
            `(goal >= ${COPY_RATIO_GOAL} each), peak RSS ${mb(Math.max(importPeak, sendPeak))} (goal < ${RSS_GOAL_MB} MB)`,
        );
        if (statements) for (const line of await topStatements(admin)) console.log(`  ${line}`);
        // A record is marked sent by its transmission item (subgraphs/siuss/src/entities/sentState.ts).
        const { rows: sent } = await admin.query<{ n: string; left: string }>(
          `select (select count(*) from siuss.transmission_item where tenant_id = $1 and transmission_id = $2) as n,
             (select count(*) from siuss.social_benefit b where b.tenant_id = $1 and b.status = 'VALID'
                and not exists (select 1 from siuss.transmission_item i where i.tenant_id = b.tenant_id and i.benefit_id = b.id and i.benefit_version = b.version)) as left`,
          [tenantId, t.id],
        );
        if (
          Number(sent[0]!.n) !== t.benefitCount ||
          t.benefitCount !== valid ||
          sent[0]!.left !== '0'
        )
          throw new Error(
            `marked ${sent[0]!.n}, sent ${t.benefitCount}, VALID ${valid}, still to send ${sent[0]!.left}`,
          );
        const first = join(dir, 'siuss', tenantId, t.id, t.files[0]!.name);
        execFileSync(
          'xmllint',
          [
            '--noout',
            '--stream',
            '--schema',
            join(ROOT, 'subgraphs/siuss/src/schemas/PS_PSA_SINA201812.xsd'),
            first,
          ],
          { stdio: 'pipe' },
        );
        console.log(
          `  ${t.files[0]!.name} (${t.files[0]!.records} elements) is valid against PS_PSA_SINA201812.xsd`,
        );

        // Later on: a few new records over that history, the console's list of what is still
        // to send, and the next transmission.
        const added = await importCsv(
          `http://127.0.0.1:${SIUSS_PORT}/files/siuss/imports?format=csv&fileName=bench-next.csv`,
          token,
          Readable.from(siussCsv(FOLLOW_UP_ROWS, people, 3)),
        );
        if (added.status !== 200) throw new Error(`import: HTTP ${added.status}`);
        const [toSend, listSeconds] = await timed(() =>
          graphql<{ socialBenefits: { total: number } }>(
            `http://127.0.0.1:${SIUSS_PORT}/graphql`,
            token,
            `
              query {
                socialBenefits(filter: { status: [VALID] }, perPage: 25) {
                  total
                  items {
                    id
                    status
                  }
                }
              }
            `,
            {},
          ),
        );
        const [next, nextSeconds] = await timed(() => transmit(token));
        results.push(
          `later    ${FOLLOW_UP_ROWS} rows imported over ${t.benefitCount} sent: list of the ${toSend.socialBenefits.total} still to send (first page, with total) ${(listSeconds * 1000).toFixed(0)} ms, ` +
            `their transmission (${next.benefitCount} records) ${(nextSeconds * 1000).toFixed(0)} ms`,
        );
        console.log(results.at(-1));
        if (statements) for (const line of await topStatements(admin, 4)) console.log(`  ${line}`);
      } finally {
        await stop(siuss);
        rmSync(join(dir, 'siuss'), { recursive: true, force: true });
      }
    }
  } finally {
    await stop(config);
    await admin.end();
    if (!process.env.SISA_BENCH_KEEP)
      await dropDatabase(db.adminUrl, DATABASE).catch(() => undefined);
    await db.embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`\n${results.join('\n')}`);
  console.log(`\nRatios to PostgreSQL's COPY on the same server and rows:\n${summary.join('\n')}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
