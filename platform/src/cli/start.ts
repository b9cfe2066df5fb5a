/**
 * `npm start`: PostgreSQL (embedded unless DATABASE_URL is set), migrations, demo data, every
 * subgraph and the gateway; Ctrl-C stops them all and the database.
 */
process.env.APOLLO_TELEMETRY_DISABLED = '1';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import {
  createLogger,
  dataDirFromEnv,
  DEFAULT_GATEWAY_PORT,
  loadSigningKeyPem,
} from '@sisa/kernel';
import { migrateAll } from '../database/migrate';
import { openPlatformDatabase } from '../database/open';
import {
  replicaName,
  replicaPorts,
  replicasFromEnv,
  serviceEnvironments,
  type ServiceName,
} from '../processes/serviceEnv';
import { Supervisor } from '../processes/supervisor';
import { waitForHealthy } from '../processes/waitFor';
import { seedDemoData } from '../seedAll';
import { PLATFORM_SUBGRAPHS } from '../subgraphs';

const DEMO_LOGINS = [
  'metro.admin',
  'milano.admin',
  'milano.coordinatore',
  'milano.operatore',
  'sesto.admin',
  'sesto.coordinatore',
  'sesto.operatore',
];

function portIsFree(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, host);
  });
}

function adminUiDir(): string | undefined {
  try {
    return join(dirname(require.resolve('@sisa/admin-ui/package.json')), 'dist');
  } catch {
    return undefined;
  }
}

async function main() {
  const started = Date.now();
  const logger = createLogger('sisa', process.env.SISA_LOG_LEVEL ?? 'info');
  const dataDir = dataDirFromEnv();
  const host = process.env.HOST ?? '127.0.0.1';
  // SISA_PORT_BASE moves every port at once (gateway = base, each subgraph as far from it as
  // its manifest's port is from the gateway's default).
  const base = Number(process.env.SISA_PORT_BASE ?? DEFAULT_GATEWAY_PORT);
  // SISA_REPLICAS runs each subgraph as that many processes, 100 ports apart.
  const replicas = replicasFromEnv();
  const ports: Record<ServiceName, number[]> = { gateway: [base] };
  for (const { name, port } of PLATFORM_SUBGRAPHS)
    ports[name] = replicaPorts(port - DEFAULT_GATEWAY_PORT + base, replicas);
  for (const [name, replicaPortList] of Object.entries(ports)) {
    for (const port of replicaPortList)
      if (!(await portIsFree(port, host)))
        throw new Error(`La porta ${port} (${name}) è già in uso: SISA è già avviato?`);
  }

  const db = await openPlatformDatabase({ dataDir, logger });
  const subgraphs = PLATFORM_SUBGRAPHS;
  let shuttingDown = false;
  const supervisor = new Supervisor(join(dataDir, 'logs'), {
    // One crashing service never stops the others: it comes back after a pause, and /health
    // reports it down meanwhile.
    onCrash(crash) {
      if (shuttingDown) return;
      const how = crash.signal ? `segnale ${crash.signal}` : `codice ${crash.code}`;
      console.error(
        `\n✖ Il processo ${crash.name} si è fermato (${how}); riavvio tra ${(crash.restartInMs / 1000).toFixed(0)} s. Ultime righe del log:\n${crash.logTail}\n`,
      );
      logger.error(
        {
          process: crash.name,
          code: crash.code,
          signal: crash.signal,
          crashesInARow: crash.crashesInARow,
          restartInMs: crash.restartInMs,
        },
        'process exited unexpectedly; restarting after a pause',
      );
    },
    onRestart(name, restarts) {
      console.error(`↻ Il processo ${name} è stato riavviato (${restarts}° riavvio).`);
      logger.info({ process: name, restarts }, 'process restarted');
    },
  });
  const shutdown = async (exitCode: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    console.log('\nArresto di SISA…');
    await supervisor.stopAll();
    await db.embedded?.stop();
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  try {
    await migrateAll(db.layout.ownerUrl, subgraphs, logger);
    if ((process.env.SISA_SEED ?? 'demo') !== 'none')
      await seedDemoData(db.layout.ownerUrl, subgraphs, logger);
    loadSigningKeyPem({ dataDir, needPrivate: true });

    const envs = serviceEnvironments({
      env: process.env,
      dataDir,
      host,
      ports,
      serviceUrls: db.layout.serviceUrls,
      gatewayUrl: db.layout.gatewayUrl,
      adminUiDir: adminUiDir(),
    });
    for (const subgraph of subgraphs)
      for (const [i, port] of ports[subgraph.name]!.entries())
        supervisor.start(replicaName(subgraph.name, i), subgraph.main, {
          ...envs[subgraph.name]!,
          PORT: String(port),
        });
    supervisor.start('gateway', require.resolve('@sisa/gateway/main'), envs.gateway);

    const gatewayUrl = `http://${host}:${base}`;
    if (!(await waitForHealthy(`${gatewayUrl}/health`, 60_000)))
      throw new Error('SISA non è diventato operativo entro 60 secondi');
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      [
        '',
        `SISA è pronto in ${seconds} s`,
        `  GraphQL:   ${gatewayUrl}/graphql`,
        `  Console:   ${gatewayUrl}/admin/`,
        `  Salute:    ${gatewayUrl}/health`,
        `  Database:  ${db.embedded ? `PostgreSQL incorporato (${join(dataDir, 'pg')})` : 'DATABASE_URL'}`,
        `  Log:       ${join(dataDir, 'logs')}`,
        '',
        `Utenti dimostrativi (password "demo"): ${DEMO_LOGINS.join(', ')}`,
        'Ctrl-C per fermare tutto.',
        '',
      ].join('\n'),
    );
  } catch (error) {
    console.error(`\n✖ Avvio non riuscito: ${(error as Error).message}`);
    logger.error({ err: error }, 'start failed');
    await shutdown(1);
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
