import {
  SUBGRAPHS_ENV,
  subgraphsEnvValue,
  subgraphUrlVariable,
  type SubgraphDescriptor,
  type SubgraphName,
} from '@sisa/kernel';
import { PLATFORM_SUBGRAPHS } from '../subgraphs';

/** The processes `npm start` runs: the subgraphs, then the gateway. */
export type ServiceName = SubgraphName | 'gateway';

/** Each service's environment, by name: every subgraph's and the gateway's. */
export type ServiceEnvironments = Record<SubgraphName, NodeJS.ProcessEnv> & {
  gateway: NodeJS.ProcessEnv;
};

/**
 * Whether a variable of the launcher's environment stays out of the services': the database
 * administrator's URL, the roles' master secret (`SISA_DB_PASSWORD`) and libpq's `PG*` settings
 * (a `PGPASSWORD` is someone's password). Each service gets its own role's URL instead.
 */
export function isLauncherOnlyVariable(name: string): boolean {
  return name === 'DATABASE_URL' || name.startsWith('SISA_DB_PASSWORD') || /^PG[A-Z]/.test(name);
}

/** How far apart the ports of one subgraph's replicas are: registry 4002, 4102, 4202… */
export const REPLICA_PORT_STEP = 100;

/** How many processes run each subgraph (`SISA_REPLICAS`, default 1). */
export function replicasFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const value = env.SISA_REPLICAS?.trim() || '1';
  if (!/^[1-9]$/.test(value))
    throw new Error(`SISA_REPLICAS: atteso un numero di processi da 1 a 9, non "${value}"`);
  return Number(value);
}

/** The ports of a subgraph's replicas, the first on its own port. */
export function replicaPorts(port: number, replicas: number): number[] {
  return Array.from({ length: replicas }, (_, i) => port + i * REPLICA_PORT_STEP);
}

/** A replica's process name (its log file's): the first keeps the subgraph's, `registry-2`… */
export function replicaName(name: string, index: number): string {
  return index === 0 ? name : `${name}-${index + 1}`;
}

/**
 * The environment of each service process: the launcher's own without what only the launcher
 * may know, plus where everything listens and, for a subgraph, its own service role's URL (the
 * gateway its own narrow role's, when given). No service ever sees the owner's or another service's credentials.
 */
export function serviceEnvironments(options: {
  env: NodeJS.ProcessEnv;
  dataDir: string;
  host: string;
  /**
   * Where each service listens; a subgraph run as several processes has one port per replica:
   * its URL lists them all, its environment is its first replica's (the others differ by `PORT`).
   */
  ports: Record<ServiceName, number | readonly number[]>;
  serviceUrls: Record<SubgraphName, string>;
  /** The gateway's own role's URL (rate limits and CORS origins only). */
  gatewayUrl?: string;
  adminUiDir?: string;
  /** The platform's subgraphs (default: all of them), told to every service (`SISA_SUBGRAPHS`). */
  subgraphs?: readonly SubgraphDescriptor[];
}): ServiceEnvironments {
  const { host, ports } = options;
  const subgraphs = options.subgraphs ?? PLATFORM_SUBGRAPHS;
  const names = subgraphs.map((s) => s.name);
  const shared: NodeJS.ProcessEnv = Object.fromEntries(
    Object.entries(options.env).filter(([name]) => !isLauncherOnlyVariable(name)),
  );
  Object.assign(shared, {
    SISA_DATA_DIR: options.dataDir,
    HOST: host,
    [SUBGRAPHS_ENV]: subgraphsEnvValue(subgraphs),
    ...Object.fromEntries(
      names.map((s) => [
        subgraphUrlVariable(s),
        [ports[s]!]
          .flat()
          .map((port) => `http://${host}:${port}`)
          .join(','),
      ]),
    ),
  });
  const envs = {} as ServiceEnvironments;
  for (const name of names)
    envs[name] = {
      ...shared,
      DATABASE_URL: options.serviceUrls[name],
      PORT: String([ports[name]!].flat()[0]),
    };
  envs.gateway = {
    ...shared,
    PORT: String([ports.gateway].flat()[0]),
    ...(options.gatewayUrl ? { DATABASE_URL: options.gatewayUrl } : {}),
    ...(options.adminUiDir ? { SISA_ADMIN_UI_DIR: options.adminUiDir } : {}),
  };
  return envs;
}
