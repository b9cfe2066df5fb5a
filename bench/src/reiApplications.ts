/**
 * REI at scale, through the gateway (production settings: compiled code, NODE_ENV=production,
 * warn-level logs), config + registry + rei + gateway as separate processes:
 *
 * Requests leave evenly spaced at the given rate (see fixedRate.ts).
 *
 * 1. `reiApplications(filter: { status }, perPage: 25)` (and `overdue: true`) with 50,000
 *    applications in each of two tenants, asked in turn (goal: p95 < 40 ms);
 * 2. `runMunicipalChecks` on applications of real registry households (rei reads the household,
 *    its members and ISEE from the registry, the rules from config, and writes checks, benefit
 *    and an event) (goal: p95 < 50 ms).
 *
 *   npm run build && npx tsx bench/src/reiApplications.ts [applicationsPerTenant=50000] [rate=50] [seconds=30]
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { rmSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { Client } from 'pg';
import { createLogger } from '@sisa/kernel';
import { benchAuth, benchEnv } from './benchAuth';
import { dropDatabase, migrateAll, PLATFORM_SUBGRAPHS } from '@sisa/platform';
import { fixedRate } from './fixedRate';
import { cpuMs, startGateway, startSubgraph, stop, waitForOk } from './processes';
import { createBenchHouseholds, loadApplications } from './reiData';
import { openBenchDatabase } from './benchDatabase';

const PER_TENANT = Number(process.argv[2] ?? 50_000);
const RATE = Number(process.argv[3] ?? 50);
const SECONDS = Number(process.argv[4] ?? 30);
const HOUSEHOLDS = 60;
/** `list` or `checks` measures only that operation (for a CPU profile of one of them). */
const ONLY = process.env.SISA_BENCH_ONLY;
const DATABASE = 'sisa_bench_rei';
const PORTS = { gateway: 4820, config: 4821, registry: 4822, rei: 4823 };
const TENANTS = [
  {
    id: '7e1d4a2b-3c5f-4d6e-8a9b-000000000a01',
    code: '015146',
    belfiore: 'F205',
    name: 'Banco di prova A',
  },
  {
    id: '7e1d4a2b-3c5f-4d6e-8a9b-000000000b02',
    code: '015209',
    belfiore: 'I690',
    name: 'Banco di prova B',
  },
];
const STATUS_FILTERS = [
  'ACCEPTED',
  'ENDED',
  'REJECTED',
  'DRAFT',
  'SENT_TO_INPS',
  'CHECKS_FAILED',
  'SUSPENDED',
  'CHECKS_PASSED',
];

const LIST = `query List($f: ReiApplicationFilter) { reiApplications(filter: $f, perPage: 25) {
  total items { id protocolNumber status submittedAt applicantName accessPoint monthlyAmount overdue firstMonth lastMonth applicant { id } } } }`;
const CHECKS = `mutation Checks($id: ID!) { runMunicipalChecks(id: $id) { id status version monthlyAmount checks { code outcome } } }`;

const measure = fixedRate;

async function main() {
  const logger = createLogger('bench', 'warn');
  const { dir, db } = await openBenchDatabase('rei', {
    database: DATABASE,
    embeddedPort: 5478,
    logger,
  });
  const subgraphs = PLATFORM_SUBGRAPHS.filter((s) =>
    ['config', 'registry', 'rei'].includes(s.name),
  );
  await migrateAll(db.layout.ownerUrl, subgraphs);
  const owner = new Client({ connectionString: db.layout.ownerUrl });
  await owner.connect();
  for (const t of TENANTS) {
    await owner.query(
      `insert into config.tenant (id, code, belfiore_code, name, active, created_at) values ($1, $2, $3, $4, true, now())`,
      [t.id, t.code, t.belfiore, t.name],
    );
  }
  console.log(
    `Loading ${PER_TENANT.toLocaleString('it-IT')} applications in each of ${TENANTS.length} tenants…`,
  );
  for (const t of TENANTS) {
    const seconds = await loadApplications(owner, t.id, PER_TENANT);
    console.log(`  tenant ${t.code}: ${seconds.toFixed(1)} s`);
  }
  await owner.query('vacuum analyze rei.application');
  const version = (
    await owner.query<{ v: string }>(`select current_setting('server_version') as v`)
  ).rows[0]!.v;
  const { keys, token } = await benchAuth(db.layout.ownerUrl);
  const tokens = await Promise.all(TENANTS.map((t) => token(t.id)));
  const env = benchEnv(dir, keys, {
    config: PORTS.config,
    registry: PORTS.registry,
    rei: PORTS.rei,
  });
  const processes = (['config', 'registry', 'rei'] as const).map((name) =>
    startSubgraph(name, env, db.layout.serviceUrls[name]!, PORTS[name]),
  );
  const gateway = startGateway(env, PORTS.gateway);
  const url = `http://127.0.0.1:${PORTS.gateway}/graphql`;
  try {
    for (const name of ['config', 'registry', 'rei'] as const)
      await waitForOk(`http://127.0.0.1:${PORTS[name]}/health`);
    // The gateway's /health is 503 while siuss (not started here) is down: wait for any answer.
    await waitForOk(`http://127.0.0.1:${PORTS.gateway}/health`, 5_000).catch(() => undefined);

    console.log(
      `Creating ${HOUSEHOLDS} households with ISEE and their applications through the gateway…`,
    );
    const applications = await createBenchHouseholds(url, tokens[0]!, HOUSEHOLDS);

    const listBody = (n: number) => {
      const tenant = n % 2;
      const filter =
        Math.floor(n / 2) % 5 === 4
          ? { overdue: true }
          : { status: STATUS_FILTERS[Math.floor(n / 2) % STATUS_FILTERS.length] };
      return {
        token: tokens[tenant]!,
        body: JSON.stringify({ query: LIST, variables: { f: filter } }),
      };
    };
    const checksBody = (n: number) => ({
      token: tokens[0]!,
      body: JSON.stringify({
        query: CHECKS,
        variables: { id: applications[n % applications.length] },
      }),
    });

    // Warm up both paths (JIT, plans, caches), then measure.
    await measure(url, listBody, RATE, 5);
    await measure(url, checksBody, Math.min(RATE, 20), 5);
    const named = [
      ...processes.map(
        (child, i) => [(['config', 'registry', 'rei'] as const)[i]!, child] as const,
      ),
      ['gateway', gateway] as const,
    ];
    /** CPU milliseconds each process spent per request during `run`. */
    const withCpu = async (run: () => ReturnType<typeof measure>) => {
      const before = named.map(([, child]) => cpuMs(child.pid!));
      const m = await run();
      const cpu = named.map(
        ([name, child], i) =>
          `${name} ${((cpuMs(child.pid!) - before[i]!) / Math.max(1, m.n)).toFixed(1)}`,
      );
      return { ...m, cpu: cpu.join(', ') };
    };
    const skipped = async (): Promise<Awaited<ReturnType<typeof withCpu>>> => ({
      ...(await measure(url, listBody, 1, 0)),
      cpu: 'not run',
    });
    const run = (what: 'list' | 'checks', go: () => ReturnType<typeof withCpu>) =>
      ONLY && ONLY !== what ? skipped() : go();
    const list = await run('list', () => withCpu(() => measure(url, listBody, RATE, SECONDS)));
    const checks = await run('checks', () =>
      withCpu(() => measure(url, checksBody, Math.min(RATE, 20), SECONDS)),
    );
    const slowList = await run('list', () => withCpu(() => measure(url, listBody, 5, SECONDS)));
    const slowChecks = await run('checks', () =>
      withCpu(() => measure(url, checksBody, 5, SECONDS)),
    );
    const totals = (
      await owner.query<{ status: string; n: number }>(
        `select status, count(*)::int as n from rei.application where tenant_id = $1 group by status order by n desc`,
        [TENANTS[0]!.id],
      )
    ).rows;

    const cpu = cpus();
    console.log(
      `\nLoad average during the run: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      `\nMachine: ${cpu[0]?.model ?? '?'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} free), Node ${process.version}, PostgreSQL ${version} (${db.embedded ? 'embedded' : 'DATABASE_URL'})`,
    );
    console.log(
      `Data: ${PER_TENANT.toLocaleString('it-IT')} applications × ${TENANTS.length} tenants; tenant A by status: ${totals.map((r) => `${r.status} ${r.n}`).join(', ')}`,
    );
    console.log(`\nThrough the gateway, requests evenly spaced`);
    type Measured = Awaited<ReturnType<typeof measure>> & { cpu: string };
    const line = (label: string, m: Measured, goal: number, rate: number) =>
      m.n > 0 &&
      console.log(
        `  ${label.padEnd(44)} ${String(rate).padStart(2)} req/s × ${SECONDS} s  p50 ${m.p50.toFixed(1)} ms  p95 ${m.p95.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms  ${m.n} requests  errors ${m.errors + m.non2xx}  ${m.p95 < goal ? 'OK' : 'OVER GOAL'} (goal p95 < ${goal} ms)\n      CPU ms per request: ${m.cpu}`,
      );
    line('reiApplications(filter: status | overdue)', list, 40, RATE);
    line('runMunicipalChecks', checks, 50, Math.min(RATE, 20));
    line('reiApplications(filter: status | overdue)', slowList, 40, 5);
    line('runMunicipalChecks', slowChecks, 50, 5);
  } finally {
    await stop(gateway);
    for (const child of processes) await stop(child);
    await owner.end();
    // SISA_BENCH_KEEP=1 (with DATABASE_URL) leaves the database for a look at the query plans.
    if (process.env.SISA_BENCH_KEEP !== '1' || db.embedded)
      await dropDatabase(db.adminUrl, DATABASE).catch(() => undefined);
    await db.embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
