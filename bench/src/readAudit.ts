/**
 * The cost of the read audit on a list: `subjects(perPage: 25)` through the gateway, against the
 * same registry code with the audit (a `read_audit` row at the end of each operation) and without
 * it (the same compiled module, `readAudit` removed), each behind its own gateway, on the same
 * data. Requests go one at a time, the two sides alternating request by request, so whatever
 * else the machine is doing falls on both alike. Prints p50/p95 of each, the p50 added (goal
 * < 1 ms) and the registry's CPU per request. Production settings: compiled code,
 * NODE_ENV=production, warn-level logs.
 *
 *   npm run build && npx tsx bench/src/readAudit.ts [subjects=20000] [pairs=2000]
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { createLogger } from '@sisa/kernel';
import { dropDatabase, migrateAll, PLATFORM_SUBGRAPHS } from '@sisa/platform';
import { benchAuth, benchEnv } from './benchAuth';
import { graphqlData } from './fixedRate';
import { cpuMs, startGateway, startNode, startSubgraph, stop, waitForOk } from './processes';
import { loadSubjects } from './registryData';
import { openBenchDatabase } from './benchDatabase';

const SUBJECTS = Number(process.argv[2] ?? 20_000);
const PAIRS = Number(process.argv[3] ?? 2000);
const DATABASE = 'sisa_bench_read_audit';
const TENANT = { id: '6d0c3f6e-0b7a-4c61-9d55-00000000ad01', code: '015146' };
const ROOT = resolve(__dirname, '../..');
const LIST =
  'query Page($page: Int) { subjects(perPage: 25, page: $page) { total items { id fiscalCode firstName lastName birthDate } } }';

/** The registry's compiled module without its read audit: the baseline. */
const UNAUDITED_MAIN = `const { runSubgraphMain } = require(${JSON.stringify(join(ROOT, 'packages/kernel/dist/index.js'))});
const { registryModule } = require(${JSON.stringify(join(ROOT, 'subgraphs/registry/dist/server.js'))});
void runSubgraphMain({ ...registryModule, readAudit: undefined });
`;

type Side = 'on' | 'off';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Milliseconds from sending `body` to the end of the answer (which must hold no errors). */
async function timed(url: string, token: string, body: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body,
  });
  const text = await res.text();
  const elapsed = performance.now() - started;
  if (!res.ok || text.includes('"errors"')) throw new Error(`bench query failed: ${text}`);
  return elapsed;
}

async function main() {
  const logger = createLogger('bench', 'warn');
  const { dir, db } = await openBenchDatabase('read-audit', {
    database: DATABASE,
    embeddedPort: 5469,
    logger,
  });
  await migrateAll(
    db.layout.ownerUrl,
    PLATFORM_SUBGRAPHS.filter((s) => s.name === 'registry'),
  );
  const { seconds } = await loadSubjects(db.layout.ownerUrl, TENANT, SUBJECTS, 7);
  console.log(`Loaded ${SUBJECTS.toLocaleString('it-IT')} subjects in ${seconds.toFixed(1)} s`);
  const owner = new Client({ connectionString: db.layout.ownerUrl });
  await owner.connect();
  await owner.query('vacuum analyze registry.subject');
  const auditRows = async () =>
    Number((await owner.query('select count(*) as n from registry.read_audit')).rows[0].n);

  const { keys, token } = await benchAuth(db.layout.ownerUrl);
  const tokens = [await token(TENANT.id)];
  const unauditedMain = join(dir, 'registryWithoutReadAudit.js');
  writeFileSync(unauditedMain, UNAUDITED_MAIN);
  // Two registries on the same database, each behind its own gateway.
  const audited = { registry: 4832, gateway: 4830 };
  const plain = { registry: 4842, gateway: 4840 };
  const envOf = (ports: typeof audited) => benchEnv(dir, keys, { registry: ports.registry });
  const processes = {
    auditedRegistry: startSubgraph(
      'registry',
      envOf(audited),
      db.layout.serviceUrls.registry!,
      audited.registry,
    ),
    plainRegistry: startNode(
      unauditedMain,
      {
        ...envOf(plain),
        DATABASE_URL: db.layout.serviceUrls.registry!,
        PORT: String(plain.registry),
      },
      'registry-unaudited',
    ),
    auditedGateway: startGateway(envOf(audited), audited.gateway),
    plainGateway: startGateway(envOf(plain), plain.gateway),
  };
  const urls = {
    on: `http://127.0.0.1:${audited.gateway}/graphql`,
    off: `http://127.0.0.1:${plain.gateway}/graphql`,
  };
  try {
    for (const port of [audited.registry, plain.registry])
      await waitForOk(`http://127.0.0.1:${port}/health`);
    for (const url of Object.values(urls)) {
      for (let i = 0; i < 100; i++) {
        try {
          await graphqlData(url, tokens[0]!, LIST, { page: 1 });
          break;
        } catch (error) {
          if (i === 99) throw error;
          await new Promise((r) => setTimeout(r, 100));
        }
      }
    }
    const body = (n: number) => JSON.stringify({ query: LIST, variables: { page: (n % 40) + 1 } });
    // Warm up both (JIT, plans, the document cache), then check that only one side audits.
    for (let n = 0; n < 300; n++)
      for (const url of Object.values(urls)) await timed(url, tokens[0]!, body(n));
    const before = await auditRows();
    for (let n = 0; n < 20; n++) await timed(urls.off, tokens[0]!, body(n));
    if ((await auditRows()) !== before) throw new Error('the baseline wrote audit rows');
    for (let n = 0; n < 20; n++) await timed(urls.on, tokens[0]!, body(n));
    if ((await auditRows()) !== before + 20)
      throw new Error('the audited registry did not write one row per request');

    const registryPid: Record<Side, number> = {
      on: processes.auditedRegistry.pid!,
      off: processes.plainRegistry.pid!,
    };

    // Paired, one request at a time, the two sides alternating request by request (and which
    // goes first alternating too): whatever load the machine carries falls on both alike.
    const latencies: Record<Side, number[]> = { on: [], off: [] };
    const cpuStart = { on: cpuMs(registryPid.on), off: cpuMs(registryPid.off) };
    const loadBefore = loadavg()[0]!;
    for (let n = 0; n < PAIRS; n++) {
      for (const side of n % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
        latencies[side].push(await timed(urls[side], tokens[0]!, body(n)));
      }
    }
    const loadAfter = loadavg()[0]!;
    const cpu = {
      on: (cpuMs(registryPid.on) - cpuStart.on) / PAIRS,
      off: (cpuMs(registryPid.off) - cpuStart.off) / PAIRS,
    };
    const version = (await owner.query('show server_version')).rows[0].server_version as string;
    console.log(
      `\nMachine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Node ${process.version}, PostgreSQL ${version} (${db.embedded ? 'embedded' : 'DATABASE_URL'}); load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
    );
    console.log(
      `subjects(perPage: 25) through the gateway, ${PAIRS} pairs of requests one at a time, the sides alternating:`,
    );
    for (const side of ['off', 'on'] as const) {
      const sorted = [...latencies[side]].sort((a, b) => a - b);
      console.log(
        `  read audit ${side.padEnd(3)}  p50 ${percentile(sorted, 50).toFixed(2)} ms  p95 ${percentile(sorted, 95).toFixed(2)} ms  registry CPU/request ${cpu[side].toFixed(2)} ms`,
      );
    }
    const p50 = (side: Side) =>
      percentile(
        [...latencies[side]].sort((a, b) => a - b),
        50,
      );
    const added = p50('on') - p50('off');
    const pairedDiff = percentile(
      latencies.on.map((on, i) => on - latencies.off[i]!).sort((a, b) => a - b),
      50,
    );
    console.log(
      `  added at p50: ${added.toFixed(2)} ms (median of the paired differences ${pairedDiff.toFixed(2)} ms; goal < 1 ms: ${added < 1 ? 'OK' : 'OVER GOAL'}); registry CPU added per request ${(cpu.on - cpu.off).toFixed(2)} ms`,
    );
  } finally {
    for (const child of Object.values(processes)) await stop(child);
    await owner.end();
    await dropDatabase(db.adminUrl, DATABASE).catch(() => undefined);
    await db.embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
