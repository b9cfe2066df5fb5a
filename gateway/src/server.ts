import './telemetryOff';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import {
  bearerChallenge,
  closeHttpServer,
  createLogger,
  createMetricsRegistry,
  flushTraces,
  listenMetrics,
  operationSpanPlugin,
  operationMetricsPlugin,
  pgPoolStats,
  poolMetrics,
  startTracing,
  tracingMiddleware,
  type MetricsEndpoint,
  type MetricsRegistry,
  introspectionEnabled,
  invalidTokenError,
  jsonErrorHandler,
  inputShapeGuardPlugin,
  nulByteGuardPlugin,
  pageArgsGuardPlugin,
  replicaUrls,
  scalarInputGuardPlugin,
  securityHeaders,
  sendFileRouteError,
  TokenVerifier,
  trustProxyFromEnv,
  type Logger,
  type Principal,
  type SubgraphName,
} from '@sisa/kernel';
import express, { type Express, type Request } from 'express';
import type { GatewayContext } from './context';
import { subgraphFetcher } from './fetcher';
import { correlationIdOf, ForwardingDataSource } from './dataSource';
import { matchFileRoute } from './fileRoutes';
import { checkSubgraphs } from './health';
import { limitRules, QUERY_LIMITS } from './limits';
import { mountOAuthRoutes } from './oauthRoutes';
import { proxyTo } from './proxy';
import { uploadLimit } from './uploadLimit';
import { checkOrigin, CorsOrigins, corsMiddleware } from './cors';
import { explorerEnabled, explorerRouter } from './explorer';
import {
  enforceRateLimit,
  OperationRateLimiter,
  rateLimitsFromEnv,
  type RateLimits,
} from './rateLimit';
import { MemoryCounterStore, PostgresCounterStore } from './rateLimitStore';
import { Pool } from 'pg';
import { readSupergraph, supergraphSubgraphs } from './supergraph';

export interface GatewayOptions {
  /** Base URLs of the subgraphs (`http://host:port`). */
  subgraphUrls: Record<SubgraphName, string>;
  publicKeyPem: string;
  supergraphSdl?: string;
  /** Folder with the built admin console, served at `/admin` when present. */
  adminUiDir?: string;
  logger?: Logger;
  /** Answer `__schema`/`__type` (default: `introspectionEnabled()`, off in production). */
  introspection?: boolean;
  /**
   * Which proxies in front of the gateway may name the client in `X-Forwarded-For` (Express
   * `trust proxy`); default `SISA_TRUST_PROXY`, unset: none, the client is the TCP peer.
   */
  trustProxy?: boolean | number | string;
  /** Operations per window per API client and per user (default `rateLimitsFromEnv()`). */
  rateLimits?: RateLimits;
  /**
   * The gateway's own database role (`DATABASE_URL` under `npm start`): rate-limit counters
   * shared by every gateway process and the tenants' CORS origins. Without it: counters in
   * memory, no CORS.
   */
  databaseUrl?: string;
  /** Serve the API explorer at `/explorer` (default `explorerEnabled()`: off in production). */
  explorer?: boolean;
  /** Port of `GET /metrics` (0: any free one), on the same host; none when unset. */
  metricsPort?: number;
}

export interface GatewayServer {
  app: Express;
  httpServer: Server;
  /** The gateway's metrics: operations, its pool, Node's process. */
  metrics: MetricsRegistry;
  /** `http://host:port/metrics` once listening with `metricsPort` set. */
  readonly metricsUrl: string | undefined;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * The gateway's own id of a request, echoed in `X-Request-Id`: subgraphs log and audit it, so a
 * caller cannot choose it. A caller's `X-Request-Id` travels on as `X-Correlation-Id` only.
 */
function requestIdOf(req: Request): string {
  const id = randomUUID();
  req.res?.setHeader('x-request-id', id);
  const given = correlationIdOf(req.headers['x-request-id']);
  if (given) req.res?.setHeader('x-correlation-id', given);
  return id;
}

/**
 * The gateway: one GraphQL endpoint over the static supergraph, token verification, query
 * limits, CSRF prevention, `/health` with every subgraph's state, the OAuth token endpoint and
 * the file endpoints proxied (streamed) to their subgraphs, and the admin console at `/admin`.
 */
export async function createGatewayServer(options: GatewayOptions): Promise<GatewayServer> {
  process.env.APOLLO_TELEMETRY_DISABLED = '1';
  const logger = options.logger ?? createLogger('gateway');
  const verifier = await TokenVerifier.fromPem(options.publicKeyPem);
  const urls = options.subgraphUrls;
  const pool = options.databaseUrl
    ? new Pool({ connectionString: options.databaseUrl, max: 5, connectionTimeoutMillis: 5000 })
    : null;
  pool?.on('error', () => undefined); // an idle client lost: the pool replaces it
  const rateLimiter = new OperationRateLimiter(
    options.rateLimits ?? rateLimitsFromEnv(),
    pool
      ? new PostgresCounterStore(pool, (err) =>
          logger.warn({ err }, 'rate-limit store unreachable: counting in this process meanwhile'),
        )
      : new MemoryCounterStore(),
  );
  const corsOrigins = new CorsOrigins(pool, options.databaseUrl, logger);
  await corsOrigins.start();
  const metrics = createMetricsRegistry('gateway');
  if (pool) poolMetrics(metrics, { gateway: () => pgPoolStats(pool) });

  const supergraphSdl = options.supergraphSdl ?? readSupergraph();
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name, url }) => {
      // Its replicas' base URLs (the fetcher sends each call to one of them), else the supergraph's.
      const replicas = urls[name as SubgraphName] ?? new URL(url!).origin;
      return new ForwardingDataSource({
        subgraphName: name,
        onUnreachable: (err) => logger.warn({ err, subgraph: name }, 'subgraph unreachable'),
        url: `${replicaUrls(replicas)[0]}/graphql`,
        fetcher: subgraphFetcher(replicas) as never,
      });
    },
    logger: logger.child({ component: 'apollo-gateway' }) as never,
  });

  const app = express();
  app.disable('x-powered-by');
  // Subgraphs learn the client's address (login throttling) from X-Forwarded-For, set below.
  app.set('trust proxy', options.trustProxy ?? trustProxyFromEnv());
  app.use(securityHeaders());
  const tracing = startTracing('gateway');
  if (tracing) app.use(tracingMiddleware('gateway'));
  app.use(['/graphql', '/files'], corsMiddleware(corsOrigins));
  const httpServer = createServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    csrfPrevention: true,
    // Our entry points handle SIGINT/SIGTERM and close in order (HTTP, Apollo, database).
    stopOnTerminationSignals: false,
    introspection: options.introspection ?? introspectionEnabled(),
    includeStacktraceInErrorResponses: false,
    validationRules: limitRules,
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      operationMetricsPlugin(metrics) as never,
      ...(tracing ? [operationSpanPlugin() as never] : []),
      inputShapeGuardPlugin() as never,
      nulByteGuardPlugin() as never,
      scalarInputGuardPlugin() as never,
      pageArgsGuardPlugin() as never,
    ],
  });
  await apollo.start();

  const served = Object.fromEntries(
    supergraphSubgraphs(supergraphSdl).map((s) => [
      s.name,
      urls[s.name as SubgraphName] ?? new URL(s.url).origin,
    ]),
  );
  app.get('/health', async (_req, res) => {
    const health = await checkSubgraphs(served);
    res.status(health.status === 'ok' ? 200 : 503).json({ ...health, service: 'gateway' });
  });

  const configUrl = urls.config;
  if (!configUrl) throw new Error('URL del sottografo config mancante (SISA_CONFIG_URL)');
  await mountOAuthRoutes(app, {
    configUrl,
    publicKeyPem: options.publicKeyPem,
    logger,
    requestIdOf,
  });

  app.use('/files', uploadLimit());
  app.all('/files/{*path}', async (req, res) => {
    const match = matchFileRoute(req.method, req.originalUrl);
    const base = match && urls[match.route.subgraph];
    // The subgraphs' file routes answer errors with the same body: `{ code, error }`.
    if (!match || !base) return sendFileRouteError(res, 404, 'NOT_FOUND', 'Risorsa non trovata');
    let principal: Principal | null = null;
    try {
      principal = await verifier.fromAuthorizationHeader(req.headers.authorization);
    } catch {
      // An invalid or expired token is no token.
    }
    if (!principal) {
      res.set('WWW-Authenticate', bearerChallenge(Boolean(req.headers.authorization)));
      return sendFileRouteError(res, 401, 'UNAUTHENTICATED', 'Token non valido o scaduto');
    }
    // The same origin check and rate limit as /graphql: a file carries the same records.
    try {
      checkOrigin(corsOrigins, req, principal);
      await enforceRateLimit(rateLimiter, principal, res);
    } catch (error) {
      const { http, code, ...extra } =
        (error as { extensions?: { http?: { status?: number }; code?: string } }).extensions ?? {};
      return sendFileRouteError(
        res,
        http?.status ?? 403,
        code ?? 'FORBIDDEN',
        (error as Error).message,
        extra,
      );
    }
    await proxyTo(base, match.forward, req, res, logger, requestIdOf(req));
  });

  if (options.adminUiDir && existsSync(join(options.adminUiDir, 'index.html'))) {
    const dir = options.adminUiDir;
    app.use('/admin', express.static(dir, { index: false, maxAge: '1h' }));
    app.get('/admin{/*path}', (_req, res) => res.sendFile(join(dir, 'index.html')));
    app.get('/', (_req, res) => res.redirect('/admin/'));
  }

  app.use(
    '/explorer',
    explorerRouter(
      options.adminUiDir && join(options.adminUiDir, 'explorer'),
      options.explorer ?? explorerEnabled(),
    ),
  );

  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }): Promise<GatewayContext> => {
        const authorization = req.headers.authorization ?? null;
        let principal: Principal | null;
        try {
          principal = await verifier.fromAuthorizationHeader(authorization);
        } catch {
          throw invalidTokenError('Token non valido o scaduto');
        }
        const requestId = requestIdOf(req);
        checkOrigin(corsOrigins, req, principal);
        await enforceRateLimit(rateLimiter, principal, req.res);
        return {
          requestId,
          authorization,
          principal,
          clientAddress: req.ip ?? null,
        };
      },
    }),
  );
  app.use(jsonErrorHandler(logger));

  let metricsEndpoint: MetricsEndpoint | undefined;
  return {
    app,
    httpServer,
    metrics,
    get metricsUrl() {
      return metricsEndpoint?.url;
    },
    async listen(port, host = '127.0.0.1') {
      if (options.metricsPort !== undefined && !metricsEndpoint) {
        metricsEndpoint = await listenMetrics(metrics, options.metricsPort, host);
        logger.info({ url: metricsEndpoint.url }, 'gateway metrics listening');
      }
      return new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const { port: actual } = httpServer.address() as AddressInfo;
          logger.info({ port: actual }, 'gateway listening');
          resolve(`http://${host}:${actual}`);
        });
      });
    },
    async close() {
      await closeHttpServer(httpServer);
      await metricsEndpoint?.close();
      await flushTraces();
      await apollo.stop();
      await corsOrigins.stop();
      await rateLimiter.close();
      await pool?.end();
    },
  };
}

export {
  composeSupergraph,
  readSupergraph,
  REPO_ROOT,
  SUBGRAPH_LIST_PATH,
  SUPERGRAPH_PATH,
  type SubgraphEntry,
} from './supergraph';
export { apiSchemaSdl } from './apiSchema';
