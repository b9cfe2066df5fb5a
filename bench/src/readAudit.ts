/**
 * The cost of the read audit on a list: `subjects(perPage: 25)` through the gateway, against the
 * same registry code with the audit (`read_audit` row at the end of each operation) and without
 * it (the same compiled module, `readAudit` removed), on the same data, in alternating rounds so
 * drift of the machine falls on both. Prints p50/p95 of each and the p50 added (goal < 1 ms).
 * Production settings: compiled code, NODE_ENV=production, warn-level logs.
 *
 *   npm run build && npx tsx bench/src/readAudit.ts [subjects=20000] [rate=40] [seconds=15] [rounds=3]
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { createLogger } from '@sisa/kernel';
import { dropDatabase, migrateAll, openPlatformDatabase, PLATFORM_SUBGRAPHS } from '@sisa/platform';
import { benchAuth, benchEnv } from './benchAuth';
import { graphqlData, measureAtFixedRate, type FixedRateResult } from './fixedRate';
import { cpuMs, startGateway, startNode, startSubgraph, stop, waitForOk } from './processes';
import { loadSubjects } from './registryData';

const SUBJECTS = Number(process.argv[2] ?? 20_000);
const RATE = Number(process.argv[3] ?? 40);
const SECONDS = Number(process.argv[4] ?? 15);
const ROUNDS = Number(process.argv[5] ?? 3);
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

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function main() {
  const logger = createLogger('bench', 'warn');
  const dir = mkdtempSync(join(tmpdir(), 'sisa-bench-read-audit-'));
  chmodSync(dir, 0o755);
  const db = await openPlatformDatabase({
    dataDir: dir,
    logger,
    database: DATABASE,
    embeddedDir: join(dir, 'pg'),
    embeddedPort: 5469,
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

  const { keys, token } = await benchAuth();
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
      db.layout.serviceUrls.registry,
      audited.registry,
    ),
    plainRegistry: startNode(
      unauditedMain,
      {
        ...envOf(plain),
        DATABASE_URL: db.layout.serviceUrls.registry,
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
    for (const url of Object.values(urls)) await measureAtFixedRate(url, tokens, body, RATE, 5);
    const before = await auditRows();
    await measureAtFixedRate(urls.off, tokens, body, RATE, 2);
    if ((await auditRows()) !== before) throw new Error('the baseline wrote audit rows');
    await measureAtFixedRate(urls.on, tokens, body, RATE, 2);
    if ((await auditRows()) !== before + RATE * 2)
      throw new Error('the audited registry did not write one row per request');

    const results: Record<'on' | 'off', FixedRateResult[]> = { on: [], off: [] };
    const cpu: Record<'on' | 'off', number[]> = { on: [], off: [] };
    const registryPid = {
      on: processes.auditedRegistry.pid!,
      off: processes.plainRegistry.pid!,
    };
    const loadBefore = loadavg()[0]!;
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 ? (['on', 'off'] as const) : (['off', 'on'] as const)) {
        const started = cpuMs(registryPid[side]);
        const m = await measureAtFixedRate(urls[side], tokens, body, RATE, SECONDS);
        cpu[side].push((cpuMs(registryPid[side]) - started) / m.n);
        results[side].push(m);
      }
    }
    const loadAfter = loadavg()[0]!;
    const version = (await owner.query('show server_version')).rows[0].server_version as string;
    const summary = (side: 'on' | 'off') => ({
      p50: median(results[side].map((m) => m.p50)),
      p95: median(results[side].map((m) => m.p95)),
      cpu: median(cpu[side]),
      n: results[side].reduce((sum, m) => sum + m.n, 0),
      bad: results[side].reduce((sum, m) => sum + m.non2xx + m.errors, 0),
    });
    const on = summary('on');
    const off = summary('off');
    console.log(
      `\nMachine: ${cpus()[0]?.model ?? '?'} × ${cpus().length}, Node ${process.version}, PostgreSQL ${version} (${db.embedded ? 'embedded' : 'DATABASE_URL'}); load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`,
    );
    console.log(
      `subjects(perPage: 25) through the gateway, ${RATE} req/s for ${SECONDS} s × ${ROUNDS} rounds per side, alternating (medians of the rounds):`,
    );
    for (const [label, s] of [
      ['read audit off', off],
      ['read audit on ', on],
    ] as const) {
      console.log(
        `  ${label}  p50 ${s.p50.toFixed(2)} ms  p95 ${s.p95.toFixed(2)} ms  registry CPU/request ${s.cpu.toFixed(2)} ms  ${s.n} requests, ${s.bad} failed`,
      );
    }
    const added = on.p50 - off.p50;
    console.log(
      `  added at p50: ${added.toFixed(2)} ms (goal < 1 ms: ${added < 1 ? 'OK' : 'OVER GOAL'}), at p95: ${(on.p95 - off.p95).toFixed(2)} ms; rounds p50 on ${results.on.map((m) => m.p50.toFixed(2)).join(' / ')}, off ${results.off.map((m) => m.p50.toFixed(2)).join(' / ')}`,
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
