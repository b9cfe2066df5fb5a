/**
 * Registry search at scale: 100,000 subjects in each of two tenants, then through the gateway at a
 * fixed rate `subjects(filter: { q })` (surnames, name + surname, accents, fiscal-code prefixes)
 * and `subjectByFiscalCode` (existing codes, and the audit row every read writes), each tenant
 * asking in turn. Prints p50/p95/p99 latency per operation and the data generator's load rate.
 * Production settings: compiled code, NODE_ENV=production, warn-level logs.
 *
 *   npm run build && npx tsx bench/src/registrySearch.ts [subjectsPerTenant=100000] [rate=50] [seconds=30]
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { rmSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { Client } from 'pg';
import { createLogger } from '@sisa/kernel';
import { benchAuth, benchEnv } from './benchAuth';
import { dropDatabase, migrateAll, PLATFORM_SUBGRAPHS } from '@sisa/platform';
import { cpuMs, startGateway, startSubgraph, stop, waitForOk } from './processes';
import { databaseTimes } from './registryDbTimes';
import { graphqlData, measureAtFixedRate } from './fixedRate';
import { loadedCount, loadSubjects, sampleCodes, truncateSubjects } from './registryData';
import { openBenchDatabase } from './benchDatabase';

const PER_TENANT = Number(process.argv[2] ?? 100_000);
const RATE = Number(process.argv[3] ?? 50);
const SECONDS = Number(process.argv[4] ?? 30);
const DATABASE = 'sisa_bench_registry';
const TENANTS = [
  { id: '6d0c3f6e-0b7a-4c61-9d55-000000000a01', code: '015146', seed: 1 },
  { id: '6d0c3f6e-0b7a-4c61-9d55-000000000b02', code: '015209', seed: 2 },
];
/** What people type in the search box: surnames, prefixes, name and surname, accents, codes. */
const QUERIES = [
  'rossi',
  'bianc',
  'mario rossi',
  'nicolo',
  'ferrari giulia',
  "d'angelo",
  'esposito anna',
  'zanet',
  'RSSMRA',
  'hoxha',
  'de luca',
  'colombo marco',
];

const SEARCH =
  'query Search($q: String!) { subjects(filter: { q: $q }, perPage: 25) { total items { id fiscalCode firstName lastName birthDate } } }';
const BY_CODE =
  'query ByCode($fc: String!) { subjectByFiscalCode(fiscalCode: $fc) { id firstName lastName birthDate residence { municipalityCode } } }';

async function main() {
  const logger = createLogger('bench', 'warn');
  const { dir, db } = await openBenchDatabase('registry', {
    database: DATABASE,
    embeddedPort: 5468,
    logger,
  });
  // Config too: services check each token's session in its tables.
  const subgraphs = PLATFORM_SUBGRAPHS.filter((s) => ['config', 'registry'].includes(s.name));
  await migrateAll(db.layout.ownerUrl, subgraphs);

  // SISA_BENCH_REUSE=1 (with DATABASE_URL) keeps the loaded database for the next run.
  const reuse = process.env.SISA_BENCH_REUSE === '1' && !db.embedded;
  const samples: string[][] = [];
  let loadSeconds = 0;
  if (
    reuse &&
    (await loadedCount(
      db.layout.ownerUrl,
      TENANTS.map((t) => t.id),
    )) ===
      PER_TENANT * TENANTS.length
  ) {
    console.log(
      `Reusing the ${PER_TENANT.toLocaleString('it-IT')} subjects per tenant already loaded`,
    );
    for (const tenant of TENANTS) samples.push(await sampleCodes(db.layout.ownerUrl, tenant.id));
  } else {
    if (reuse) await truncateSubjects(db.layout.ownerUrl);
    console.log(
      `Generating and loading ${PER_TENANT.toLocaleString('it-IT')} subjects in each of ${TENANTS.length} tenants…`,
    );
    for (const tenant of TENANTS) {
      const { seconds, sampleCodes } = await loadSubjects(
        db.layout.ownerUrl,
        tenant,
        PER_TENANT,
        tenant.seed,
      );
      loadSeconds += seconds;
      samples.push(sampleCodes);
      console.log(
        `  tenant ${tenant.code}: ${seconds.toFixed(1)} s (${Math.round(PER_TENANT / seconds).toLocaleString('it-IT')} rows/s)`,
      );
    }
  }
  const admin = new Client({ connectionString: db.layout.ownerUrl });
  await admin.connect();
  await admin.query('vacuum analyze registry.subject');
  const version = (await admin.query<{ server_version: string }>('show server_version')).rows[0]!
    .server_version;
  await admin.end();
  const { keys, token } = await benchAuth(db.layout.ownerUrl);
  const tokens = await Promise.all(TENANTS.map((t) => token(t.id)));
  const env = benchEnv(dir, keys, { config: 4811, registry: 4812 });
  const registry = startSubgraph('registry', env, db.layout.serviceUrls.registry!, 4812);
  const gateway = startGateway(env, 4810);
  const url = 'http://127.0.0.1:4810/graphql';
  try {
    await waitForOk('http://127.0.0.1:4812/health');
    await waitForOk('http://127.0.0.1:4810/.well-known/apollo/server-health').catch(
      () => undefined,
    );
    const searchBody = (n: number) =>
      JSON.stringify({
        query: SEARCH,
        variables: { q: QUERIES[Math.floor(n / 2) % QUERIES.length] },
      });
    const codeBody = (n: number) =>
      JSON.stringify({
        query: BY_CODE,
        variables: { fc: samples[n % 2]![Math.floor(n / 2) % samples[n % 2]!.length] },
      });
    for (const [i, token] of tokens.entries()) {
      const found = (await graphqlData(url, token, BY_CODE, { fc: samples[i]![0] })) as {
        subjectByFiscalCode: unknown;
      };
      if (!found.subjectByFiscalCode) throw new Error('a loaded subject was not found');
      const other = (await graphqlData(url, token, BY_CODE, { fc: samples[1 - i]![0] })) as {
        subjectByFiscalCode: unknown;
      };
      if (other.subjectByFiscalCode) throw new Error('another tenant\u2019s subject was found');
    }
    const totals = await Promise.all(
      QUERIES.map(
        async (q) =>
          ((await graphqlData(url, tokens[0]!, SEARCH, { q })) as { subjects: { total: number } })
            .subjects.total,
      ),
    );

    // Warm up both paths (JIT, plans, caches), then measure.
    await measureAtFixedRate(url, tokens, searchBody, RATE, 5);
    await measureAtFixedRate(url, tokens, codeBody, RATE, 5);
    // CPU per request of each process (from /proc): meaningful even when the machine is busy.
    const withCpu = async (bodies: (n: number) => string) => {
      const before = { registry: cpuMs(registry.pid!), gateway: cpuMs(gateway.pid!) };
      const m = await measureAtFixedRate(url, tokens, bodies, RATE, SECONDS);
      return {
        ...m,
        registryCpu: (cpuMs(registry.pid!) - before.registry) / m.n,
        gatewayCpu: (cpuMs(gateway.pid!) - before.gateway) / m.n,
      };
    };
    const loadBefore = loadavg()[0]!;
    const search = await withCpu(searchBody);
    const byCode = await withCpu(codeBody);
    const loadAfter = loadavg()[0]!;
    const db0 = await databaseTimes(
      db.layout.serviceUrls.registry!,
      TENANTS[0]!.id,
      QUERIES,
      samples[0]!,
    );

    const cpu = cpus();
    console.log(
      `\nMachine: ${cpu[0]?.model ?? '?'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM (${(freemem() / 2 ** 30).toFixed(1)} free), Node ${process.version}, PostgreSQL ${version} (${db.embedded ? 'embedded' : 'DATABASE_URL'}); load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after the measures`,
    );
    console.log(
      `Data: ${PER_TENANT.toLocaleString('it-IT')} subjects × ${TENANTS.length} tenants; ${loadSeconds ? `generator + bulk load ${Math.round((PER_TENANT * TENANTS.length) / loadSeconds).toLocaleString('it-IT')} rows/s overall (indexes maintained while loading)` : 'reused'}`,
    );
    console.log(
      `Search matches in one tenant: ${QUERIES.map((q, i) => `"${q}" ${totals[i]}`).join(', ')}`,
    );
    console.log(
      `PostgreSQL alone (median, EXPLAIN ANALYZE, service role under RLS): search page function (count and first 25) ${db0.searchMs.toFixed(2)} ms, fiscal code lookup ${db0.byCodeMs.toFixed(3)} ms`,
    );
    console.log(
      `\nThrough the gateway, ${RATE} req/s for ${SECONDS} s evenly spaced, tenants alternating (goal: p95 < 30 ms)`,
    );
    for (const [label, m] of [
      ['subjects(filter: { q })', search],
      ['subjectByFiscalCode', byCode],
    ] as const) {
      console.log(
        `  ${label.padEnd(24)} p50 ${m.p50.toFixed(1)} ms  p95 ${m.p95.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms  ${m.n} requests  non-2xx ${m.non2xx}  errors ${m.errors}  CPU/request registry ${m.registryCpu.toFixed(1)} ms, gateway ${m.gatewayCpu.toFixed(1)} ms  ${m.p95 < 30 ? 'OK' : 'OVER GOAL'}`,
      );
    }
    // Where the tail comes from: each search on its own, 3 s at the same rate.
    console.log(`\nEach search on its own (${RATE} req/s for 3 s):`);
    for (const q of QUERIES) {
      const m = await measureAtFixedRate(
        url,
        tokens,
        () => JSON.stringify({ query: SEARCH, variables: { q } }),
        RATE,
        3,
      );
      console.log(
        `  ${`"${q}"`.padEnd(18)} p50 ${m.p50.toFixed(1)} ms  p95 ${m.p95.toFixed(1)} ms`,
      );
    }
  } finally {
    await stop(gateway);
    await stop(registry);
    if (!reuse) await dropDatabase(db.adminUrl, DATABASE).catch(() => undefined);
    await db.embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
