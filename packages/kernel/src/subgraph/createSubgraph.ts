import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { EntitySchema, MigrationObject } from '@mikro-orm/core';
import express, { type Express } from 'express';
import type { DocumentNode } from 'graphql';
import { Pool } from 'pg';
import { SESSION_STATE_SQL, SessionCheck, sessionStateOf } from '../auth/sessions';
import { invalidTokenError } from '../auth/challenge';
import { TokenVerifier } from '../auth/tokens';
import { ConfigClient } from '../config/configClient';
import { listenForTenantWrites } from '../indicators/tenantWrites';
import { createOrm, type Orm, type SubgraphName } from '../db/orm';
import { createFormatError, DomainError } from '../errors';
import { introspectionEnabled } from '../graphql/introspection';
import { queryLimitRules, queryParseOptions, SUBGRAPH_QUERY_LIMITS } from '../graphql/limits';
import { inputShapeGuardPlugin } from '../graphql/inputShape';
import { nulByteGuardPlugin } from '../graphql/nulBytes';
import { mergeResolvers, scalarsUsedBy, type ResolverModule } from '../graphql/schema';
import { sortTableMismatches, type SortTable } from '../graphql/pagination';
import { closeHttpServer } from '../http/closeServer';
import { jsonErrorHandler, securityHeaders, trustProxyFromEnv } from '../http/hardening';
import { createLogger, type Logger } from '../logging';
import {
  createMetricsRegistry,
  flushTraces,
  listenMetrics,
  operationSpanPlugin,
  operationMetricsPlugin,
  ormPoolStats,
  pgPoolStats,
  poolMetrics,
  startTracing,
  tracingMiddleware,
  type MetricsEndpoint,
  type MetricsRegistry,
} from '../observability';
import { ReadAudit, type ReadAuditSettings } from '../audit/readAudit';
import type { RequestContext } from './context';
import { requestIdsOf } from './requestIds';
import { requestLogPlugin, unitOfWorkPlugin } from './plugins';

/** Everything a subgraph process gets from its environment (see `readSubgraphRuntime`). */
export interface SubgraphRuntime {
  /** Connection URL of the subgraph's own service role (owns no table, no BYPASSRLS). */
  databaseUrl: string;
  /** Ed25519 public key (PEM) that verifies tokens. */
  publicKeyPem: string;
  /** Ed25519 private key (PEM); only the config subgraph, which issues tokens, gets it. */
  privateKeyPem?: string;
  /** Base URLs of the other subgraphs, for service calls (e.g. `{ registry: 'http://…:4002' }`). */
  subgraphUrls: Partial<Record<SubgraphName, string>>;
  /** Folder for files the subgraph keeps (e.g. generated transmissions). */
  dataDir: string;
  logger?: Logger;
  poolMax?: number;
  /** Connections of `SubgraphDeps.bulkPool` (default 4). */
  bulkPoolMax?: number;
  /** Answer `__schema`/`__type` (default: `introspectionEnabled()`, off in production). */
  introspection?: boolean;
  /** Port of `GET /metrics` (0: any free one), on the same host; none when unset. */
  metricsPort?: number;
}

/** What makes one subgraph: its schema, resolvers, entities and migrations, and extra routes. */
export interface SubgraphModule<TServices> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  /** Its resolver modules, each typed by the subgraph's generated `Resolvers` (npm run codegen). */
  resolvers: ResolverModule[];
  entities: EntitySchema[];
  migrations: MigrationObject[];
  /** Builds the subgraph's long-lived services (repositories' helpers, clients, issuers). */
  createServices(deps: SubgraphDeps): Promise<TServices> | TServices;
  /** The records whose reads are audited, one `read_audit` row per operation (see ReadAudit). */
  readAudit?: ReadAuditSettings;
  /**
   * The sort tables of the subgraph's lists (`sortTable('SubjectSortField', [...])`), one per
   * `XxxSortField` enum of its SDL: the subgraph refuses to start when they disagree.
   */
  sorts?: readonly SortTable[];
  /** Value lists the subgraph reads through the config client besides its custom fields' lists. */
  configLists?: string[];
  /** Extra HTTP routes (file endpoints, OAuth), mounted before `/graphql`. */
  routes?(app: Express, deps: SubgraphDeps, services: TServices): void;
  /** Releases what `createServices` opened (listeners, timers). */
  disposeServices?(services: TServices): Promise<void>;
  /** Registers the subgraph's own metrics (a job queue's depth) besides the kernel's. */
  metrics?(registry: MetricsRegistry, deps: SubgraphDeps, services: TServices): void;
  /**
   * Root mutation fields that run without the operation's transaction, each statement committing
   * on its own (login: its failure count must stand although it answers an error, and it must
   * not hold a connection while it hashes). An operation mixing them with others gets one.
   */
  mutationsWithoutTransaction?: readonly string[];
}

export interface SubgraphDeps {
  orm: Orm;
  runtime: SubgraphRuntime;
  /** Verifies tokens and checks their sessions (logout, revocation, changed roles). */
  verifier: TokenVerifier;
  sessions: SessionCheck;
  logger: Logger;
  /** Tenant configuration (custom fields, value lists, parameter sets), cached and kept fresh. */
  config: ConfigClient;
  /**
   * Raw connections of the service role for bulk work (COPY, cursors) through `withTenant`: a
   * few, apart from the ORM's pool, because an operation that holds its own transaction's
   * connection starts such work (SIUSS's transmission and its preview) — from one shared pool,
   * as many of them at once as it has connections would each wait for a second one, forever.
   * Connections open on first use; the kernel closes it.
   */
  bulkPool: Pool;
}

export interface SubgraphServer<TServices> {
  app: Express;
  httpServer: Server;
  orm: Orm;
  services: TServices;
  /** The subgraph's metrics: operations, pools, Node's process, its own. */
  metrics: MetricsRegistry;
  /** `http://host:port/metrics` once listening with `runtime.metricsPort` set. */
  readonly metricsUrl: string | undefined;
  /** Listens on `port` (0 = any free port) and resolves to the base URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Builds a subgraph server: Apollo Server on Express with the federated schema, token
 * verification, a request context with the caller and a forked entity manager, one
 * tenant-bound transaction per operation, error mapping, `GET /health` and JSON logs.
 * It never listens by itself: `main.ts` (or a test) calls `listen`.
 */
export async function createSubgraph<TServices>(
  module: SubgraphModule<TServices>,
  runtime: SubgraphRuntime,
): Promise<SubgraphServer<TServices>> {
  const sortProblems = sortTableMismatches(module.typeDefs, module.sorts ?? []);
  if (sortProblems.length > 0)
    throw new Error(`${module.name}: ordinamenti incoerenti: ${sortProblems.join('; ')}`);
  const logger = runtime.logger ?? createLogger(module.name);
  const orm = await createOrm({
    schema: module.name,
    entities: module.entities,
    migrations: module.migrations,
    clientUrl: runtime.databaseUrl,
    poolMax: runtime.poolMax,
    logger,
  });
  const sessions = new SessionCheck({
    load: async (sid) =>
      sessionStateOf(
        (
          await orm.em
            .getConnection()
            .execute<{ roles: string[]; support_until: Date | null }[]>(SESSION_STATE_SQL, [sid])
        )[0],
      ),
    databaseUrl: runtime.databaseUrl,
    logger,
  });
  await sessions.start();
  const verifier = (await TokenVerifier.fromPem(runtime.publicKeyPem)).checkSessionsWith(sessions);
  const config = new ConfigClient({
    subgraphUrls: runtime.subgraphUrls,
    databaseUrl: runtime.databaseUrl,
    logger,
    listKeys: module.configLists,
  });
  if (module.name !== 'config') await config.start();
  // Other replicas' writes make this process's cached dashboard figures stale.
  const stopTenantWrites = await listenForTenantWrites(runtime.databaseUrl, logger);
  const bulkPool = new Pool({
    connectionString: runtime.databaseUrl,
    max: runtime.bulkPoolMax ?? 4,
  });
  // An idle connection the server ends (restart, idle timeout) must not end the process.
  bulkPool.on('error', (error) => logger.warn({ err: error }, 'bulk pool connection lost'));
  const deps: SubgraphDeps = { orm, runtime, verifier, sessions, logger, config, bulkPool };
  const services = await module.createServices(deps);
  const metrics = createMetricsRegistry(module.name);
  poolMetrics(metrics, { orm: () => ormPoolStats(orm), bulk: () => pgPoolStats(bulkPool) });
  module.metrics?.(metrics, deps, services);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', trustProxyFromEnv());
  app.use(securityHeaders());
  const tracing = startTracing(module.name);
  if (tracing) app.use(tracingMiddleware(module.name));
  const httpServer = createServer(app);
  const schema = buildSubgraphSchema({
    typeDefs: module.typeDefs,
    resolvers: mergeResolvers([scalarsUsedBy(module.typeDefs), ...module.resolvers]) as never,
  });
  const apollo = new ApolloServer<RequestContext<TServices>>({
    schema,
    introspection: runtime.introspection ?? introspectionEnabled(),
    csrfPrevention: true,
    // Nothing trusts the network: the same limits as the gateway's, with room for query plans.
    validationRules: queryLimitRules(SUBGRAPH_QUERY_LIMITS),
    parseOptions: queryParseOptions(SUBGRAPH_QUERY_LIMITS),
    // Our entry points handle SIGINT/SIGTERM and close in order (HTTP, Apollo, database).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError((error) => logger.error({ err: error }, 'internal error')),
    // No inline traces and no cache-control hints: the latter wraps every field resolver.
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      operationMetricsPlugin(metrics) as never,
      ...(tracing ? [operationSpanPlugin() as never] : []),
      inputShapeGuardPlugin() as never,
      nulByteGuardPlugin() as never,
      unitOfWorkPlugin({
        subgraph: module.name,
        readAudit: module.readAudit,
        withoutTransaction: module.mutationsWithoutTransaction,
      }) as never,
      requestLogPlugin() as never,
    ],
  });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    try {
      await orm.em.getConnection().execute('select 1');
      res.json({ status: 'ok', service: module.name });
    } catch {
      res.status(503).json({ status: 'down', service: module.name, database: 'unreachable' });
    }
  });
  module.routes?.(app, deps, services);
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<RequestContext<TServices>> => {
        const authorization = req.headers.authorization ?? null;
        let principal: Awaited<ReturnType<typeof verifier.fromAuthorizationHeader>>;
        try {
          principal = await verifier.fromAuthorizationHeader(authorization);
        } catch (error) {
          throw invalidTokenError(
            error instanceof DomainError ? error.message : 'Token non valido',
          );
        }
        const { requestId, correlationId, clientOperation } = requestIdsOf(req.headers);
        return {
          requestId,
          correlationId,
          clientOperation,
          principal,
          tenantId: principal?.tenantId ?? null,
          userId: principal?.kind === 'user' ? principal.subjectId : null,
          roles: principal?.roles ?? [],
          scopes: principal?.scopes ?? [],
          authorization,
          em: orm.em.fork({ clear: true, useContext: false }),
          logger: logger.child(correlationId ? { requestId, correlationId } : { requestId }),
          services,
          loaders: new Map(),
          transactionOpen: false,
          clientAddress: req.ip ?? null,
          audit: new ReadAudit(module.readAudit),
        };
      },
    }),
  );
  app.use(jsonErrorHandler(logger));

  let closing: Promise<void> | undefined;
  let metricsEndpoint: MetricsEndpoint | undefined;
  return {
    app,
    httpServer,
    orm,
    services,
    metrics,
    get metricsUrl() {
      return metricsEndpoint?.url;
    },
    async listen(port, host = '127.0.0.1') {
      if (runtime.metricsPort !== undefined && !metricsEndpoint) {
        metricsEndpoint = await listenMetrics(metrics, runtime.metricsPort, host);
        logger.info({ url: metricsEndpoint.url }, `${module.name} metrics listening`);
      }
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const { port: actual } = httpServer.address() as AddressInfo;
          logger.info({ port: actual }, `${module.name} subgraph listening`);
          resolve(`http://${host}:${actual}`);
        });
      });
    },
    // Once: a test (or a shutdown signal) may ask again while the first close is under way.
    close() {
      closing ??= (async () => {
        await closeHttpServer(httpServer);
        await metricsEndpoint?.close();
        await flushTraces();
        await apollo.stop();
        await module.disposeServices?.(services);
        await bulkPool.end();
        await config.stop();
        await stopTenantWrites();
        await sessions.stop();
        await orm.close(true);
      })();
      return closing;
    },
  };
}
