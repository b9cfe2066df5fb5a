/**
 * The cruscotto's query at scale: `indicators { measurement { value groups } }` with a tenant's ten
 * default indicators (subjects by sex and by age band, foreign citizens, households with a valid
 * ISEE and by ISEE band, REI applications by status, overdue, amount granted, by month, SIUSS
 * records to fix) over 100,000 subjects, 30,000 households with their ISEE and 50,000 REI
 * applications in one tenant, with a second tenant of the same size beside it. Every subgraph runs
 * as its own process with production settings; the query goes through the gateway at a fixed rate
 * (goal: p95 < 150 ms).
 *
 *   npm run build && npx tsx bench/src/indicators.ts [subjectsPerTenant=100000] [applicationsPerTenant=50000] [rate=5] [seconds=30]
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { Client } from 'pg';
import { createLogger } from '@sisa/kernel';
import { benchAuth, benchEnv } from './benchAuth';
import { dropDatabase, migrateAll, PLATFORM_SUBGRAPHS } from '@sisa/platform';
import { graphqlData, measureAtFixedRate } from './fixedRate';
import { cpuMs, startGateway, startSubgraph, stop, waitForOk } from './processes';
import { loadSubjects } from './registryData';
import { loadApplications } from './reiData';
import { openBenchDatabase } from './benchDatabase';

const SUBJECTS = Number(process.argv[2] ?? 100_000);
const APPLICATIONS = Number(process.argv[3] ?? 50_000);
const RATE = Number(process.argv[4] ?? 5);
const SECONDS = Number(process.argv[5] ?? 30);
const DATABASE = 'sisa_bench_indicators';
const SERVICES = ['config', 'registry', 'rei', 'siuss'] as const;
const PORTS = { gateway: 4830, config: 4831, registry: 4832, rei: 4833, siuss: 4834 };
const TENANTS = [
  { id: '5a4c7e21-8d1b-4f3a-9c62-000000000a01', code: '015146', belfiore: 'F205', seed: 11 },
  { id: '5a4c7e21-8d1b-4f3a-9c62-000000000b02', code: '015209', belfiore: 'I690', seed: 12 },
];

const INDICATORS = `query Cruscotto { indicators { key entity measurement { value groups { key value } } } }`;

/**
 * Households of three from the tenant's subjects (30 % of them), each with an ISEE attestation:
 * two in three valid today, the rest expired. One statement per table, as the registry stores them.
 */
async function loadHouseholds(client: Client, tenantId: string): Promise<number> {
  const started = performance.now();
  await client.query('begin');
  try {
    await client.query(
      `create temporary table bench_member on commit drop as
         select s.id as subject_id, (row_number() over (order by s.id) - 1) as n
           from registry.subject s where s.tenant_id = $1`,
      [tenantId],
    );
    await client.query(
      `create temporary table bench_household on commit drop as
         select gen_random_uuid() as id, h as n from generate_series(0, $1::int - 1) h`,
      [Math.floor((SUBJECTS * 0.3) / 3)],
    );
    await client.query(
      `insert into registry.household (id, tenant_id, custom_fields, version, created_at, created_by, updated_at, updated_by)
       select id, $1, '{}', 1, now(), 'bench', now(), 'bench' from bench_household`,
      [tenantId],
    );
    await client.query(
      `insert into registry.household_member (id, tenant_id, household_id, subject_id, relationship, since, created_at, created_by)
       select gen_random_uuid(), $1, h.id, m.subject_id, case when m.n % 3 = 0 then '1' else '3' end,
              date '2015-01-01', now(), 'bench'
         from bench_household h join bench_member m on m.n / 3 = h.n`,
      [tenantId],
    );
    await client.query(
      `insert into registry.isee_attestation (id, tenant_id, household_id, dsu_protocol, dsu_date, kind, valid_until, isee, isr, isre,
          equivalence_scale, real_estate_assets, movable_assets, household_size, recorded_at, recorded_by)
       select gen_random_uuid(), $1, h.id, 'INPS-ISEE-' || lpad(h.n::text, 10, '0'),
              current_date - (h.n % 200), 'ORDINARY',
              case when h.n % 3 = 2 then current_date - 1 else current_date + 200 - (h.n % 200) end,
              (h.n * 37 % 30000)::numeric(12,2), (h.n * 53 % 40000)::numeric(12,2), (h.n * 29 % 20000)::numeric(12,2),
              2.04, (h.n * 71 % 90000)::numeric(12,2), (h.n * 13 % 15000)::numeric(12,2), 3, now(), 'bench'
         from bench_household h`,
      [tenantId],
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
  return (performance.now() - started) / 1000;
}

async function main() {
  const logger = createLogger('bench', 'warn');
  const { dir, db } = await openBenchDatabase('indicators', {
    database: DATABASE,
    embeddedPort: 5488,
    logger,
  });
  await migrateAll(db.layout.ownerUrl, PLATFORM_SUBGRAPHS);
  const owner = new Client({ connectionString: db.layout.ownerUrl });
  await owner.connect();
  const processes: ChildProcess[] = [];
  try {
    for (const t of TENANTS) {
      await owner.query(
        `insert into config.tenant (id, code, belfiore_code, name, active, created_at) values ($1, $2, $3, $4, true, now())`,
        [t.id, t.code, t.belfiore, `Banco di prova ${t.code}`],
      );
      const subjects = await loadSubjects(db.layout.ownerUrl, t, SUBJECTS, t.seed);
      const households = await loadHouseholds(owner, t.id);
      const applications = await loadApplications(owner, t.id, APPLICATIONS);
      console.log(
        `tenant ${t.code}: ${SUBJECTS.toLocaleString('it-IT')} subjects ${subjects.seconds.toFixed(1)} s, households ${households.toFixed(1)} s, ${APPLICATIONS.toLocaleString('it-IT')} applications ${applications.toFixed(1)} s`,
      );
    }
    await owner.query('vacuum analyze');
    const version = (
      await owner.query<{ v: string }>(`select current_setting('server_version') as v`)
    ).rows[0]!.v;
    const { keys, token } = await benchAuth(db.layout.ownerUrl);
    const tokens = await Promise.all(TENANTS.map((t) => token(t.id)));
    const env = benchEnv(dir, keys, PORTS);
    for (const name of SERVICES) {
      processes.push(startSubgraph(name, env, db.layout.serviceUrls[name]!, PORTS[name]));
    }
    const gateway = startGateway(env, PORTS.gateway);
    processes.push(gateway);
    for (const name of SERVICES) await waitForOk(`http://127.0.0.1:${PORTS[name]}/health`);
    await waitForOk(`http://127.0.0.1:${PORTS.gateway}/health`);
    const url = `http://127.0.0.1:${PORTS.gateway}/graphql`;

    // The first call gives each tenant its default indicators; print what tenant A measures.
    type Answer = {
      indicators: {
        key: string;
        entity: string;
        measurement: { value: number | null; groups: { key: string; value: number }[] | null };
      }[];
    };
    // Tenants made by createTenant get the defaults; these were loaded in SQL: ask for them.
    const admin = await token(TENANTS[0]!.id, ['PLATFORM_ADMIN']);
    await graphqlData(url, admin, 'mutation { ensureDefaultIndicators }', {});
    for (const token of tokens) await graphqlData(url, token, INDICATORS, {});
    const answer = (await graphqlData(url, tokens[0]!, INDICATORS, {})) as Answer;
    if (answer.indicators.length !== 10)
      throw new Error(`expected 10 indicators, got ${answer.indicators.length}`);

    const body = () => JSON.stringify({ query: INDICATORS });
    await measureAtFixedRate(url, tokens, body, RATE, 5); // warm-up: JIT, plans, config cache
    const named = [...SERVICES, 'gateway'] as const;
    const before = processes.map((p) => cpuMs(p.pid!));
    const m = await measureAtFixedRate(url, tokens, body, RATE, SECONDS);
    const cpu = processes.map(
      (p, i) => `${named[i]} ${((cpuMs(p.pid!) - before[i]!) / m.n).toFixed(1)}`,
    );
    const errors = m.errors + m.non2xx;

    const c = cpus();
    console.log(
      `\nMachine: ${c[0]?.model ?? '?'} × ${c.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} free), load ${loadavg()
        .map((l) => l.toFixed(1))
        .join(
          ' ',
        )}, Node ${process.version}, PostgreSQL ${version} (${db.embedded ? 'embedded' : 'DATABASE_URL'})`,
    );
    console.log(`\nTenant A's indicators:`);
    for (const i of answer.indicators) {
      const groups = i.measurement.groups?.map((g) => `${g.key} ${g.value}`).join(', ');
      console.log(
        `  ${i.key.padEnd(28)} ${groups ? `[${groups.slice(0, 100)}]` : i.measurement.value}`,
      );
    }
    console.log(
      `\nindicators (10) through the gateway, ${RATE} req/s × ${SECONDS} s, tenants alternating: p50 ${m.p50.toFixed(1)} ms  p95 ${m.p95.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms  ${m.n} requests  errors ${errors}  ${m.p95 < 150 && errors === 0 ? 'OK' : 'OVER GOAL'} (goal p95 < 150 ms)`,
    );
    console.log(`  CPU ms per request: ${cpu.join(', ')}`);
  } finally {
    for (const p of processes.reverse()) await stop(p);
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
