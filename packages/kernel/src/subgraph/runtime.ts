import { resolve } from 'node:path';
import { loadSigningKeyPem } from '../auth/keys';
import type { SubgraphName } from '../db/orm';
import { createLogger, exitOnUncaughtException } from '../logging';
import { metricsPortFromEnv } from '../observability';
import type { SubgraphModule, SubgraphRuntime, SubgraphServer } from './createSubgraph';
import { createSubgraph } from './createSubgraph';
import { platformSubgraph, platformSubgraphs } from './manifest';

/** The gateway's default port; each subgraph's is in its manifest (`SubgraphDescriptor.port`). */
export const DEFAULT_GATEWAY_PORT = 4000;

/** The environment variable holding a subgraph's base URL: `SISA_REGISTRY_URL`. */
export function subgraphUrlVariable(name: SubgraphName): string {
  return `SISA_${name.toUpperCase()}_URL`;
}

/** Every subgraph's base URL: `SISA_<NAME>_URL`, else its default port on this machine. */
export function subgraphUrlsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Record<SubgraphName, string> {
  const urls: Record<SubgraphName, string> = {};
  for (const { name, port } of platformSubgraphs(env))
    urls[name] = env[subgraphUrlVariable(name)] ?? `http://127.0.0.1:${port}`;
  return urls;
}

/** The data folder: `SISA_DATA_DIR`, else `.data` in the working directory. */
export function dataDirFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.SISA_DATA_DIR ?? '.data');
}

/** Reads a subgraph's runtime from the environment (`DATABASE_URL` is its service role's URL). */
export function readSubgraphRuntime(
  name: SubgraphName,
  env: NodeJS.ProcessEnv = process.env,
): SubgraphRuntime {
  const databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) throw new Error(`DATABASE_URL mancante per il sottografo ${name}`);
  const dataDir = dataDirFromEnv(env);
  const keys = loadSigningKeyPem({ dataDir, env, needPrivate: name === 'config' });
  return {
    databaseUrl,
    publicKeyPem: keys.publicKey,
    privateKeyPem: name === 'config' ? keys.privateKey : undefined,
    subgraphUrls: subgraphUrlsFromEnv(env),
    dataDir,
    logger: createLogger(name),
    metricsPort: metricsPortFromEnv(env),
  };
}

/** Entry point of a subgraph process: build, listen on `PORT`, stop cleanly on SIGINT/SIGTERM. */
export async function runSubgraphMain<TServices>(
  module: SubgraphModule<TServices>,
): Promise<SubgraphServer<TServices>> {
  const runtime = readSubgraphRuntime(module.name);
  exitOnUncaughtException(runtime.logger ?? createLogger(module.name));
  const server = await createSubgraph(module, runtime);
  const port = Number(process.env.PORT ?? platformSubgraph(module.name)?.port);
  if (!Number.isInteger(port)) throw new Error(`PORT mancante per il sottografo ${module.name}`);
  await server.listen(port, process.env.HOST ?? '127.0.0.1');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return server;
}
