/**
 * The Cartella Sociale at scale, through the gateway (production settings: compiled code,
 * NODE_ENV=production, warn-level logs), config + registry + casework + gateway as separate
 * processes. Requests leave evenly spaced at the given rate (see fixedRate.ts).
 *
 * Data: 50,000 cases in the tenant, each with a dated équipe, a problem and a resource, and
 * 1,000,000 signed diary entries (20 per case), loaded with SQL as the owner. The bench
 * caseworker is the responsible of one case in 500 (100 cases), as a caseworker is.
 *
 * 1. `socialCases(filter: { mine: true })`, the caseworker's first page (goal: p95 < 50 ms);
 * 2. a case page — the case, its équipe, problems, resources and the last 20 diary entries — as
 *    the caseworker on one of their cases (access computed from the équipe), and as a supervisor
 *    on any case (goal: p95 < 50 ms at 20 req/s);
 * 3. a diary entry written (a draft) and then signed (goal: p95 < 60 ms each at 20 req/s);
 * 4. a full-text search in one case's diary.
 *
 *   npm run build && npx tsx bench/src/casework.ts [cases=50000] [entriesPerCase=20] [rate=20] [seconds=30]
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { Client } from 'pg';
import { createLogger } from '@sisa/kernel';
import { dropDatabase, migrateAll, PLATFORM_SUBGRAPHS } from '@sisa/platform';
import { benchAuth, benchEnv } from './benchAuth';
import { openBenchDatabase } from './benchDatabase';
import { fixedRate, type FixedRateResult } from './fixedRate';
import { startGateway, startSubgraph, stop, waitForOk } from './processes';

const CASES = Number(process.argv[2] ?? 50_000);
const PER_CASE = Number(process.argv[3] ?? 20);
const RATE = Number(process.argv[4] ?? 20);
const SECONDS = Number(process.argv[5] ?? 30);
const DATABASE = 'sisa_bench_casework';
const PORTS = { gateway: 4840, config: 4841, registry: 4842, casework: 4843 };
const TENANT = { id: '7e1d4a2b-3c5f-4d6e-8a9b-000000000c01', code: '015146', belfiore: 'F205' };

const READ = `query Case($id: ID!) { socialCase(id: $id) {
  id number status openedAt access areas responsible { id } team { user { id } role since until }
  problems { id scope code } resources { id code }
  diary(perPage: 20) { total items { id occurredAt kind text confidentiality signedAt participants author { id } } } } }`;
const WRITE = `mutation W($c: ID!, $i: DiaryEntryInput!) { writeDiaryEntry(caseId: $c, input: $i) { id } }`;
const SIGN = `mutation S($id: ID!) { signDiaryEntry(id: $id) { id signedAt } }`;
const MINE = `query Mine { socialCases(filter: { mine: true }, perPage: 25) { total items { id number status openedAt areas responsible { id } } } }`;
const SEARCH = `query Q($id: ID!, $q: String!) { socialCase(id: $id) { diary(filter: { q: $q }) { total items { id } } } }`;

/** The cases of one tenant, the bench user responsible of one in 500, and the signed diary: set-based SQL. */
async function load(owner: Client, userId: string): Promise<number> {
  const started = performance.now();
  await owner.query(
    `insert into casework.social_case (id, tenant_id, number, subject_id, household_id, status, opened_at, responsible_id,
       responsible_name, areas, custom_fields, created_at, created_by, updated_at, version)
     select gen_random_uuid(), $1, 'CS/2025/' || lpad(n::text, 6, '0'), gen_random_uuid(), null,
       case when n % 10 = 3 then 'CLOSED' else 'OPEN' end, date '2025-01-01' + (n % 300), case when n % 500 = 0 then $2::uuid else ('00000000-0000-4000-8000-' || lpad((n % 40)::text, 12, '0'))::uuid end, 'Operatore di prova',
       array[(array['MINORI_FAMIGLIA','ANZIANI','DISABILI','ADULTI_DISAGIO'])[1 + n % 4]], '{}'::jsonb, now(), 'bench', now(), 1
     from generate_series(1, $3) n`,
    [TENANT.id, userId, CASES],
  );
  await owner.query(
    `insert into casework.case_team_member (id, tenant_id, case_id, user_id, role, since, until, position)
     select gen_random_uuid(), tenant_id, id, responsible_id, 'RESPONSIBLE', opened_at, null, 0 from casework.social_case where tenant_id = $1`,
    [TENANT.id],
  );
  await owner.query(
    `insert into casework.case_item (id, tenant_id, case_id, kind, scope, member_id, code, description, since, resolved_at, created_at)
     select gen_random_uuid(), tenant_id, id, k, 'HOUSEHOLD', null, case k when 'PROBLEM' then 'ECONOMICA' else 'RETE_FAMILIARE' end, null, null, null, now()
     from casework.social_case cross join unnest(array['PROBLEM', 'RESOURCE']) k where tenant_id = $1`,
    [TENANT.id],
  );
  await owner.query(
    `insert into casework.diary_entry (id, tenant_id, case_id, occurred_at, kind, text, author_id, author_name, confidentiality,
       participants, signed_at, amends_id, created_at, updated_at)
     select gen_random_uuid(), c.tenant_id, c.id, c.opened_at + make_interval(days => k), (array['COLLOQUIO','VISITA_DOMICILIARE','TELEFONATA','RIUNIONE_EQUIPE'])[1 + k % 4],
       'Annotazione ' || k || ': colloquio con la persona sulla situazione abitativa e lavorativa, concordati i prossimi passi con la famiglia.',
       $2, 'Operatore di prova', case when k % 10 = 0 then 'RESTRICTED' else 'NORMAL' end, array['Persona'],
       c.opened_at + make_interval(days => k, hours => 2), null, now(), now()
     from casework.social_case c cross join generate_series(1, $3) k where c.tenant_id = $1`,
    [TENANT.id, userId, PER_CASE],
  );
  await owner.query(
    'vacuum analyze casework.social_case, casework.case_team_member, casework.case_item, casework.diary_entry',
  );
  return (performance.now() - started) / 1000;
}

async function main() {
  const logger = createLogger('bench', 'warn');
  const { dir, db } = await openBenchDatabase('casework', {
    database: DATABASE,
    embeddedPort: 5479,
    logger,
  });
  const names = ['config', 'registry', 'casework'] as const;
  await migrateAll(
    db.layout.ownerUrl,
    PLATFORM_SUBGRAPHS.filter((s) => (names as readonly string[]).includes(s.name)),
  );
  const owner = new Client({ connectionString: db.layout.ownerUrl });
  await owner.connect();
  await owner.query(
    `insert into config.tenant (id, code, belfiore_code, name, active, created_at) values ($1, $2, $3, 'Banco di prova', true, now())`,
    [TENANT.id, TENANT.code, TENANT.belfiore],
  );
  // The bench token's subject is the tenant id (benchAuth): that "user" is on every équipe.
  console.log(
    `Loading ${CASES.toLocaleString('it-IT')} cases and ${(CASES * PER_CASE).toLocaleString('it-IT')} diary entries…`,
  );
  const seconds = await load(owner, TENANT.id);
  console.log(`  ${seconds.toFixed(1)} s`);
  const ids = (
    await owner.query<{ id: string }>(
      `select id from casework.social_case where status = 'OPEN' order by random() limit 2000`,
    )
  ).rows.map((r) => r.id);
  const mine = (
    await owner.query<{ id: string }>(
      `select id from casework.social_case where responsible_id = $1 and status = 'OPEN'`,
      [TENANT.id],
    )
  ).rows.map((r) => r.id);
  const version = (
    await owner.query<{ v: string }>(`select current_setting('server_version') as v`)
  ).rows[0]!.v;
  const { keys, token } = await benchAuth(db.layout.ownerUrl);
  const caseworker = await token(TENANT.id, ['CASEWORKER']);
  const supervisor = await token(TENANT.id, ['CASE_SUPERVISOR']);
  // One token stands for a whole office at 20 req/s: the per-user rate limit (1,200 a minute)
  // would refuse part of it, so it is raised to count without refusing.
  const env = { ...benchEnv(dir, keys, PORTS), SISA_RATE_LIMIT_USER: '1000000000' };
  const processes = names.map((name) =>
    startSubgraph(name, env, db.layout.serviceUrls[name]!, PORTS[name]),
  );
  const gateway = startGateway(env, PORTS.gateway);
  const url = `http://127.0.0.1:${PORTS.gateway}/graphql`;
  try {
    for (const name of names) await waitForOk(`http://127.0.0.1:${PORTS[name]}/health`);
    await waitForOk(`http://127.0.0.1:${PORTS.gateway}/health`, 5_000).catch(() => undefined);
    const pick = (n: number) => ids[(n * 7919) % ids.length]!;
    const own = (n: number) => mine[n % mine.length]!;
    const overview = (n: number) => ({
      token: supervisor,
      body: JSON.stringify({ query: READ, variables: { id: pick(n) } }),
    });
    const myCases = () => ({ token: caseworker, body: JSON.stringify({ query: MINE }) });
    const read = (n: number) => ({
      token: caseworker,
      body: JSON.stringify({ query: READ, variables: { id: own(n) } }),
    });
    const search = (n: number) => ({
      token: caseworker,
      body: JSON.stringify({
        query: SEARCH,
        variables: { id: own(n), q: n % 2 ? 'abitativa' : 'colloqui famiglia' },
      }),
    });
    const drafts: string[] = [];
    const write = (n: number) => ({
      token: caseworker,
      body: JSON.stringify({
        query: WRITE,
        variables: {
          c: own(n),
          i: {
            occurredAt: new Date(Date.now() - 60_000).toISOString(),
            kind: 'TELEFONATA',
            text: `Telefonata di verifica ${n}.`,
            participants: ['Persona'],
          },
        },
      }),
    });
    // Warm up, then measure; the drafts written in the measured run are signed in the next.
    await fixedRate(url, read, RATE, 5);
    await fixedRate(url, write, RATE, 3);
    const lists = await fixedRate(url, myCases, RATE, SECONDS);
    const reads = await fixedRate(url, read, RATE, SECONDS);
    const overviews = await fixedRate(url, overview, RATE, SECONDS);
    const writes = await fixedRate(url, write, RATE, SECONDS);
    drafts.push(
      ...(
        await owner.query<{ id: string }>(
          `select id from casework.diary_entry where signed_at is null order by created_at`,
        )
      ).rows.map((r) => r.id),
    );
    const sign = (n: number) => ({
      token: caseworker,
      body: JSON.stringify({ query: SIGN, variables: { id: drafts[n % drafts.length] } }),
    });
    const signs = await fixedRate(
      url,
      sign,
      RATE,
      Math.min(SECONDS, Math.floor(drafts.length / RATE)),
    );
    const searches = await fixedRate(url, search, RATE, SECONDS);
    const cpu = cpus();
    console.log(
      `\nLoad average: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      `Machine: ${cpu[0]?.model ?? '?'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, PostgreSQL ${version} (${db.embedded ? 'embedded' : 'DATABASE_URL'})`,
    );
    console.log(
      `Data: ${CASES.toLocaleString('it-IT')} cases, ${(CASES * PER_CASE).toLocaleString('it-IT')} diary entries\n`,
    );
    const line = (label: string, m: FixedRateResult, goal: number | null) =>
      console.log(
        `  ${label.padEnd(40)} ${RATE} req/s  p50 ${m.p50.toFixed(1)} ms  p95 ${m.p95.toFixed(1)} ms  p99 ${m.p99.toFixed(1)} ms  ${m.n} requests  errors ${m.errors + m.non2xx}${goal ? `  ${m.p95 < goal ? 'OK' : 'OVER GOAL'} (goal p95 < ${goal} ms)` : ''}`,
      );
    line('socialCases(mine), first page', lists, 50);
    line('case page (caseworker, own case)', reads, 50);
    line('case page (supervisor, any case)', overviews, 50);
    line('writeDiaryEntry', writes, 60);
    line('signDiaryEntry', signs, 60);
    line('diary full-text search', searches, null);
  } finally {
    await stop(gateway);
    for (const child of processes) await stop(child);
    await owner.end();
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
