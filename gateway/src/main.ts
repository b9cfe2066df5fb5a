import './telemetryOff';
import {
  createLogger,
  DEFAULT_GATEWAY_PORT,
  exitOnUncaughtException,
  dataDirFromEnv,
  loadSigningKeyPem,
  metricsPortFromEnv,
  subgraphUrlsFromEnv,
} from '@sisa/kernel';
import { createGatewayServer } from './server';

async function main() {
  exitOnUncaughtException(createLogger('gateway'));
  const keys = loadSigningKeyPem({ dataDir: dataDirFromEnv() });
  const server = await createGatewayServer({
    subgraphUrls: subgraphUrlsFromEnv(),
    publicKeyPem: keys.publicKey,
    adminUiDir: process.env.SISA_ADMIN_UI_DIR,
    databaseUrl: process.env.DATABASE_URL,
    metricsPort: metricsPortFromEnv(),
  });
  await server.listen(
    Number(process.env.PORT ?? DEFAULT_GATEWAY_PORT),
    process.env.HOST ?? '127.0.0.1',
  );
  const stop = async () => {
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
