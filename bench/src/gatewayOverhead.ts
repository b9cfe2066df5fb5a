/**
 * Gateway overhead for a one-subgraph query (`me`): the same operation sent straight to the
 * config subgraph and through the gateway, at a fixed rate below saturation, measuring each
 * process's CPU time per request (/proc) and latency; then each path's saturation throughput.
 * Production settings: compiled code, NODE_ENV=production, warn-level logs.
 *
 *   npm run build && npx tsx bench/src/gatewayOverhead.ts [rate=150] [seconds=20]
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import autocannon from 'autocannon';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createLogger, generateSigningKeyPem } from '@sisa/kernel';
import { dropDatabase, migrateAll, PLATFORM_SUBGRAPHS, seedDemoData } from '@sisa/platform';
import { cpuMs, startNode, stop, waitForOk } from './processes';
import { openBenchDatabase } from './benchDatabase';

const ROOT = resolve(__dirname, '../..');
const RATE = Number(process.argv[2] ?? 150);
const SECONDS = Number(process.argv[3] ?? 20);
const BODY = JSON.stringify({
  query: 'query Me { me { id username roles tenant { id name } } }',
  operationName: 'Me',
});

async function run(
  url: string,
  token: string,
  options: { rate?: number; seconds: number; connections: number },
) {
  return autocannon({
    url,
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: BODY,
    duration: options.seconds,
    connections: options.connections,
    ...(options.rate ? { overallRate: options.rate } : {}),
  });
}

async function main() {
  const logger = createLogger('bench', 'warn');
  const { dir, db } = await openBenchDatabase('gw', {
    database: 'sisa_bench_gw',
    embeddedPort: 5467,
    logger,
  });
  const config = PLATFORM_SUBGRAPHS.filter((s) => s.name === 'config');
  await migrateAll(db.layout.ownerUrl, config);
  await seedDemoData(db.layout.ownerUrl, config, logger);
  const keys = generateSigningKeyPem();
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    SISA_LOG_LEVEL: 'warn',
    SISA_DATA_DIR: dir,
    SISA_JWT_PUBLIC_KEY: keys.publicKey,
    SISA_JWT_PRIVATE_KEY: keys.privateKey,
    SISA_CONFIG_URL: 'http://127.0.0.1:4701',
  };
  const subgraph = startNode(join(ROOT, 'subgraphs/config/dist/main.js'), {
    ...env,
    DATABASE_URL: db.layout.serviceUrls.config,
    PORT: '4701',
  });
  const gateway = startNode(join(ROOT, 'gateway/dist/main.js'), {
    ...env,
    DATABASE_URL: '',
    PORT: '4700',
  });
  try {
    await waitForOk('http://127.0.0.1:4701/health');
    await waitForOk('http://127.0.0.1:4700/.well-known/apollo/server-health').catch(
      () => undefined,
    );
    const login = await fetch('http://127.0.0.1:4700/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation { login(username: "milano.operatore", password: "demo") { token } }',
      }),
    });
    const token = ((await login.json()) as { data: { login: { token: string } } }).data.login.token;
    const direct = 'http://127.0.0.1:4701/graphql';
    const viaGateway = 'http://127.0.0.1:4700/graphql';

    await run(direct, token, { seconds: 5, connections: 4 });
    await run(viaGateway, token, { seconds: 5, connections: 4 });

    const measure = async (url: string) => {
      const before = { gateway: cpuMs(gateway.pid!), subgraph: cpuMs(subgraph.pid!) };
      const result = await run(url, token, { rate: RATE, seconds: SECONDS, connections: 10 });
      const n = result.requests.total;
      return {
        result,
        gatewayCpu: (cpuMs(gateway.pid!) - before.gateway) / n,
        subgraphCpu: (cpuMs(subgraph.pid!) - before.subgraph) / n,
      };
    };
    const d = await measure(direct);
    const g = await measure(viaGateway);
    const satDirect = await run(direct, token, { seconds: 10, connections: 10 });
    const satGateway = await run(viaGateway, token, { seconds: 10, connections: 10 });

    const line = (label: string, r: autocannon.Result) =>
      `${label.padEnd(22)} ${String(Math.round(r.requests.average)).padStart(6)} req/s  p50 ${r.latency.p50} ms  p97.5 ${r.latency.p97_5} ms  p99 ${r.latency.p99} ms  non-2xx ${r.non2xx}  errors ${r.errors}`;
    console.log(
      `\nquery Me (config subgraph only), fixed rate ${RATE} req/s for ${SECONDS} s, 10 connections`,
    );
    console.log(line('direct to subgraph', d.result));
    console.log(line('through the gateway', g.result));
    console.log(`\nCPU per request (ms)             subgraph   gateway   total`);
    console.log(
      `  direct                          ${d.subgraphCpu.toFixed(3)}      -         ${d.subgraphCpu.toFixed(3)}`,
    );
    console.log(
      `  through the gateway             ${g.subgraphCpu.toFixed(3)}      ${g.gatewayCpu.toFixed(3)}     ${(g.subgraphCpu + g.gatewayCpu).toFixed(3)}`,
    );
    console.log(
      `  gateway CPU / subgraph CPU:     ${(g.gatewayCpu / g.subgraphCpu).toFixed(2)}×  (goal ≤ 2×)`,
    );
    console.log(`\nsaturation (closed loop, 10 connections, 10 s)`);
    console.log(line('direct to subgraph', satDirect));
    console.log(line('through the gateway', satGateway));
    console.log(
      `  throughput ratio gateway / direct: ${(satGateway.requests.average / satDirect.requests.average).toFixed(2)}`,
    );
  } finally {
    await stop(gateway);
    await stop(subgraph);
    await dropDatabase(db.adminUrl, 'sisa_bench_gw').catch(() => undefined);
    await db.embedded?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
