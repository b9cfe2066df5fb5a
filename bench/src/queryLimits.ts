/**
 * The query-limit attacks of issue 12, timed against the compiled gateway and registry started as
 * `npm start` starts them (heap budget, NODE_ENV=production): households of four people, then
 *   - 30 aliases × depth 12 of subjects → households → members → subject … through the gateway,
 *   - the costliest such query the gateway still accepts,
 *   - a depth-27 chain, and 30 × depth 12, sent straight to the registry's port with a valid token,
 *   - the same through the `/files/` proxy (`/files/registry/%2e%2e/%2e%2e/graphql`).
 * Prints, for each, the time to the answer, what came back and the registry's resident memory.
 *
 *   npm run build && npx tsx bench/src/queryLimits.ts [households=60]
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { Client } from 'pg';
import { computeFiscalCode } from '@sisa/italia';
import { createLogger } from '@sisa/kernel';
import { dropDatabase, migrateAll, PLATFORM_SUBGRAPHS } from '@sisa/platform';
import { benchAuth, benchEnv } from './benchAuth';
import { startGateway, startSubgraph, stop, waitForOk } from './processes';
import { openBenchDatabase } from './benchDatabase';

const HOUSEHOLDS = Number(process.argv[2] ?? 60);
const DATABASE = 'sisa_bench_query_limits';
const PORTS = { gateway: 4840, config: 4841, registry: 4842 };
const TENANT = {
  id: '6d0c3f6e-0b7a-4c61-9d55-000000000c03',
  code: '015146',
  belfiore: 'F205',
  name: 'Comune di Prova',
};
const TIMEOUT_MS = 60_000;

/** `subjects { items { households { members { subject { households … } } } } } }`, `depth` fields deep. */
function chain(depth: number): string {
  const steps = ['households', 'members', 'subject'];
  const path = Array.from({ length: depth - 3 }, (_, i) => steps[i % 3]!);
  let selection = path.at(-1) === 'members' ? 'relationship' : 'id';
  for (const field of path.reverse()) selection = `${field} { ${selection} }`;
  return `subjects { items { ${selection} } }`;
}

function aliased(count: number, depth: number): string {
  return `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${chain(depth)}`).join(' ')} }`;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/** POSTs `body` to `path` exactly as written (no normalisation), resolves to status, text and ms. */
function post(
  port: number,
  path: string,
  token: string,
  body: string,
): Promise<{ status: number; text: string; ms: number }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        timeout: TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
            ms: performance.now() - started,
          }),
        );
        res.on('error', () =>
          resolve({ status: 0, text: 'connection lost', ms: performance.now() - started }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) =>
      resolve({ status: 0, text: e.message, ms: performance.now() - started }),
    );
    req.end(body);
  });
}

function outcome(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: string; errors?: { message: string }[] };
    if (body.errors?.length) return `refused: ${body.errors[0]!.message.slice(0, 90)}`;
    if (body.error) return `refused: ${body.error}`;
    const size = text.length;
    return `answered (${(size / 1024).toFixed(0)} KiB of data)`;
  } catch {
    return text.slice(0, 90);
  }
}

async function call<T>(url: string, token: string, query: string, variables: object): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`bench call failed: ${JSON.stringify(body)}`);
  return body.data;
}

/** Households of four (two parents, two children) created through the gateway. */
async function createHouseholds(url: string, token: string, count: number): Promise<void> {
  const people = [
    { sex: 'F' as const, birthDate: '1978-03-01', relationship: '1' },
    { sex: 'M' as const, birthDate: '1976-05-10', relationship: '2' },
    { sex: 'F' as const, birthDate: '2008-02-01', relationship: '3' },
    { sex: 'M' as const, birthDate: '2010-07-21', relationship: '3' },
  ];
  const letters = 'BCDFGLMNPRSTVZ';
  for (let h = 0; h < count; h++) {
    const lastName = `${letters[h % 14]}${'AEIOU'[h % 5]}${letters[(h * 7) % 14]}${'AEIOU'[(h * 3) % 5]}${letters[Math.floor(h / 14) % 14]}I`;
    const members: { subjectId: string; relationship: string }[] = [];
    for (const [i, p] of people.entries()) {
      const firstName = ['Anna', 'Marco', 'Giulia', 'Luca'][i]!;
      const fiscalCode = computeFiscalCode({ lastName, firstName, ...p, birthPlaceCode: 'F205' });
      const { createSubject } = await call<{ createSubject: { id: string } }>(
        url,
        token,
        'mutation C($i: SubjectInput!) { createSubject(input: $i) { id } }',
        {
          i: {
            fiscalCode,
            firstName,
            lastName,
            sex: p.sex,
            birthDate: p.birthDate,
            birthPlaceCode: 'F205',
          },
        },
      );
      members.push({ subjectId: createSubject.id, relationship: p.relationship });
    }
    await call(
      url,
      token,
      'mutation H($i: HouseholdInput!) { createHousehold(input: $i) { id } }',
      {
        i: { members },
      },
    );
  }
}

async function main() {
  const logger = createLogger('bench', 'warn');
  const { dir, db } = await openBenchDatabase('limits', {
    database: DATABASE,
    embeddedPort: 5488,
    logger,
  });
  await migrateAll(
    db.layout.ownerUrl,
    PLATFORM_SUBGRAPHS.filter((s) => ['config', 'registry'].includes(s.name)),
  );
  const owner = new Client({ connectionString: db.layout.ownerUrl });
  await owner.connect();
  await owner.query(
    `insert into config.tenant (id, code, belfiore_code, name, active, created_at) values ($1, $2, $3, $4, true, now())`,
    [TENANT.id, TENANT.code, TENANT.belfiore, TENANT.name],
  );
  await owner.end();
  const { keys, token: tokenFor } = await benchAuth(db.layout.ownerUrl);
  const token = await tokenFor(TENANT.id, ['TENANT_ADMIN']);
  const env = benchEnv(dir, keys, { config: PORTS.config, registry: PORTS.registry });
  const config = startSubgraph('config', env, db.layout.serviceUrls.config!, PORTS.config);
  const registry = startSubgraph('registry', env, db.layout.serviceUrls.registry!, PORTS.registry);
  const gateway = startGateway(env, PORTS.gateway);
  const registryExit = new Promise<string>((resolve) =>
    registry.once('exit', (code, signal) => resolve(`registry exited (${signal ?? code})`)),
  );
  try {
    for (const port of [PORTS.config, PORTS.registry])
      await waitForOk(`http://127.0.0.1:${port}/health`);
    await waitForOk(`http://127.0.0.1:${PORTS.gateway}/health`, 5_000).catch(() => undefined);
    console.log(`Creating ${HOUSEHOLDS} households of four through the gateway…`);
    await createHouseholds(`http://127.0.0.1:${PORTS.gateway}/graphql`, token, HOUSEHOLDS);

    // The depth-27 chain comes last: before the limits it takes the registry's whole heap.
    const cases: [string, number, string, string][] = [
      ['gateway: 1 × depth 5 (a console-sized read)', PORTS.gateway, '/graphql', aliased(1, 5)],
      ['gateway: 30 aliases × depth 12', PORTS.gateway, '/graphql', aliased(30, 12)],
      ['gateway: 4 aliases × depth 12 (cost 1,714)', PORTS.gateway, '/graphql', aliased(4, 12)],
      ['registry port: 30 aliases × depth 12', PORTS.registry, '/graphql', aliased(30, 12)],
      [
        'registry port: 7 aliases × depth 12 (cost 2,999)',
        PORTS.registry,
        '/graphql',
        aliased(7, 12),
      ],
      [
        'gateway /files/registry/%2e%2e/%2e%2e/graphql, 30 × depth 12',
        PORTS.gateway,
        '/files/registry/%2e%2e/%2e%2e/graphql',
        aliased(30, 12),
      ],
      ['registry port: depth 27', PORTS.registry, '/graphql', `{ ${chain(27)} }`],
    ];
    const cpu = cpus();
    console.log(
      `\nMachine: ${cpu[0]?.model ?? '?'} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, Node ${process.version}; registry heap budget as npm start (SISA_SERVICE_HEAP_MB)`,
    );
    console.log(`Data: ${HOUSEHOLDS} households × 4 people; subjects' first page is 25\n`);
    for (const [label, port, path, query] of cases) {
      const answer = await Promise.race([
        post(port, path, token, JSON.stringify({ query })),
        registryExit.then((text) => ({ status: 0, text, ms: NaN })),
      ]);
      const alive = registry.exitCode === null && registry.signalCode === null;
      console.log(
        `  ${label.padEnd(60)} ${Number.isNaN(answer.ms) ? '—' : `${answer.ms.toFixed(0)} ms`.padStart(9)}  HTTP ${answer.status}  ${outcome(answer.text)}  registry ${alive ? `RSS ${rssMb(registry.pid!).toFixed(0)} MB` : 'DOWN'}`,
      );
      if (!alive) break;
    }
  } finally {
    await Promise.all([stop(gateway), stop(registry), stop(config)]);
    await dropDatabase(db.adminUrl, DATABASE).catch(() => undefined);
    await db.embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
