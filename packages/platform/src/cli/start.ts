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
  DEFAULT_PORTS,
  loadSigningKeyPem,
  SUBGRAPHS,
} from '@sisa/kernel';
import { migrateAll } from '../database/migrate';
import { openPlatformDatabase } from '../database/open';
import { Supervisor } from '../processes/supervisor';
import { waitForHealthy } from '../processes/waitFor';
import { seedDemoData } from '../seedAll';
import { PLATFORM_SUBGRAPHS } from '../subgraphs';

const DEMO_LOGINS = [
  'metro.admin',
  'milano.admin',
  'milano.operatore',
  'sesto.admin',
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
  // SISA_PORT_BASE moves every port at once (gateway = base, then one per subgraph).
  const base = Number(process.env.SISA_PORT_BASE ?? DEFAULT_PORTS.gateway);
  const ports = Object.fromEntries(
    Object.entries(DEFAULT_PORTS).map(([name, port]) => [
      name,
      port - DEFAULT_PORTS.gateway + base,
    ]),
  ) as typeof DEFAULT_PORTS;
  for (const [name, port] of Object.entries(ports)) {
    if (!(await portIsFree(port, host)))
      throw new Error(`La porta ${port} (${name}) è già in uso: SISA è già avviato?`);
  }

  const db = await openPlatformDatabase({ dataDir, logger });
  const subgraphs = PLATFORM_SUBGRAPHS;
  let shuttingDown = false;
  const supervisor = new Supervisor(join(dataDir, 'logs'), (name, code, logTail) => {
    if (shuttingDown) return;
    console.error(
      `\n✖ Il processo ${name} si è fermato (codice ${code}). Ultime righe del log:\n${logTail}\n`,
    );
    void shutdown(1);
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

    const urls = Object.fromEntries(SUBGRAPHS.map((s) => [s, `http://${host}:${ports[s]}`]));
    const sharedEnv: NodeJS.ProcessEnv = {
      ...process.env,
      SISA_DATA_DIR: dataDir,
      HOST: host,
      ...Object.fromEntries(SUBGRAPHS.map((s) => [`SISA_${s.toUpperCase()}_URL`, urls[s]])),
    };
    for (const subgraph of subgraphs) {
      supervisor.start(subgraph.name, subgraph.main, {
        ...sharedEnv,
        DATABASE_URL: db.layout.serviceUrls[subgraph.name],
        PORT: String(ports[subgraph.name]),
      });
    }
    const ui = adminUiDir();
    supervisor.start('gateway', require.resolve('@sisa/gateway/main'), {
      ...sharedEnv,
      DATABASE_URL: '',
      PORT: String(ports.gateway),
      ...(ui ? { SISA_ADMIN_UI_DIR: ui } : {}),
    });

    const gatewayUrl = `http://${host}:${ports.gateway}`;
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
