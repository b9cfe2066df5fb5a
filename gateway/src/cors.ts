import { CONFIG_CHANNEL, type Logger, type Principal } from '@sisa/kernel';
import cors from 'cors';
import type { Request, RequestHandler } from 'express';
import { GraphQLError } from 'graphql';
import { Client, type Pool } from 'pg';

/** Headers a browser page may send and read (the token, the request id, the rate limit). */
const ALLOWED_HEADERS = [
  'authorization',
  'content-type',
  'apollo-require-preflight',
  'x-request-id',
];
const EXPOSED_HEADERS = [
  'x-request-id',
  'x-correlation-id',
  'ratelimit',
  'ratelimit-policy',
  'retry-after',
];

/**
 * The origins each tenant allows browsers to call the API from (`Tenant.allowedOrigins`), read
 * through `auth.cors_origins()` with the gateway's role, kept in memory and read again as soon as
 * `NOTIFY sisa_config_changed` announces a change (and every `maxAgeMs` in case one is missed).
 * No database, or no origins: no CORS at all (browsers keep to the same origin).
 */
export class CorsOrigins {
  private tenantsByOrigin = new Map<string, Set<string>>();
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly pool: Pool | null,
    private readonly databaseUrl: string | undefined,
    private readonly logger: Logger,
    private readonly maxAgeMs = 60_000,
  ) {}

  async start(): Promise<void> {
    if (!this.pool || !this.databaseUrl) return;
    await this.refresh();
    await this.listen().catch((err: unknown) =>
      this.logger.warn({ err }, 'CORS: ascolto delle modifiche non riuscito'),
    );
    this.timer = setInterval(() => void this.refresh(), this.maxAgeMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.listener?.end().catch(() => undefined);
  }

  /** Reads the origins again; on failure keeps the last known ones. */
  async refresh(): Promise<void> {
    if (!this.pool) return;
    try {
      const { rows } = await this.pool.query<{ tenant_id: string; origin: string }>(
        'select tenant_id, origin from auth.cors_origins()',
      );
      const next = new Map<string, Set<string>>();
      for (const row of rows) {
        const tenants = next.get(row.origin) ?? new Set<string>();
        tenants.add(row.tenant_id);
        next.set(row.origin, tenants);
      }
      this.tenantsByOrigin = next;
    } catch (err) {
      this.logger.warn({ err }, 'CORS: lettura delle origini non riuscita');
    }
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.databaseUrl });
    client.on('notification', () => void this.refresh());
    client.on('error', () => {
      if (!this.stopped) setTimeout(() => void this.listen().catch(() => undefined), 1000).unref();
    });
    await client.connect();
    await client.query(`listen ${CONFIG_CHANNEL}`);
    this.listener = client;
  }

  /** Whether some tenant allows `origin` (what a preflight, which carries no token, can know). */
  allowsAny(origin: string): boolean {
    return this.tenantsByOrigin.has(origin);
  }

  /** Whether `tenantId` allows `origin`. */
  allowsFor(origin: string, tenantId: string | null): boolean {
    return tenantId !== null && (this.tenantsByOrigin.get(origin)?.has(tenantId) ?? false);
  }
}

/**
 * CORS headers (the `cors` package) for an origin some tenant allows; none otherwise, so the
 * browser refuses. No credentials: the API takes a bearer token, never a cookie.
 */
export function corsMiddleware(origins: CorsOrigins): RequestHandler {
  return cors({
    origin: (origin, callback) => callback(null, origin !== undefined && origins.allowsAny(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ALLOWED_HEADERS,
    exposedHeaders: EXPOSED_HEADERS,
    maxAge: 600,
  });
}

/** Whether `origin` is the gateway's own host as the request reached it (the console). */
function isSameHost(origin: string, req: Request): boolean {
  try {
    return new URL(origin).host === req.get('host');
  } catch {
    return false;
  }
}

/**
 * Refuses (FORBIDDEN, 403) a cross-origin call whose origin the token's tenant does not allow:
 * another tenant's allowed page cannot use this tenant's token.
 */
export function checkOrigin(origins: CorsOrigins, req: Request, principal: Principal | null): void {
  const origin = req.headers.origin;
  if (!origin || !principal || isSameHost(origin, req)) return;
  if (origins.allowsFor(origin, principal.tenantId)) return;
  throw new GraphQLError(`Origine ${origin.slice(0, 100)} non consentita per questo ente`, {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}
