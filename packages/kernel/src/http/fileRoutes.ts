import type { Request, RequestHandler, Response } from 'express';
import { requireAccess, type Access } from '../auth/access';
import { bearerChallenge } from '../auth/challenge';
import type { Principal } from '../auth/principal';
import type { TokenVerifier } from '../auth/tokens';
import { toDomainError, UnauthenticatedError, type DomainError, type ErrorCode } from '../errors';
import type { Logger } from '../logging';

/**
 * The file routes (`/files/<subgraph>/…`, proxied by the gateway) answer like GraphQL does: the
 * same token, session and access rules, and one error body, `{ code, error }` — `code` as a
 * GraphQL error's `extensions.code`, `error` the Italian message — plus what the code carries
 * (`requiredScope`, `retryAfterSeconds`, `fieldErrors`) or the route adds (`jobId`).
 */
export interface FileRouteErrorBody {
  code: ErrorCode | (string & {});
  error: string;
  [extra: string]: unknown;
}

/** Who calls a file route, and the tenant the route works in. */
export interface RequestCaller {
  principal: Principal;
  tenantId: string;
}

/** The HTTP status of each contract code. */
const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_SERVER_ERROR: 500,
};

const INTERNAL = 'Errore interno del server';

/**
 * Verifies the request's bearer token and its session exactly as the GraphQL context does (the
 * subgraph's `deps.verifier`: no subgraph trusts the network) and checks `access` with the same
 * rules as `tenantOf`. Throws `UnauthenticatedError` (no token, a bad or expired one, a session
 * that ended) or `ForbiddenError`; `sendFileRouteError` answers them.
 */
export async function authorizeRequest(
  req: Request,
  deps: { verifier: TokenVerifier },
  access: Access,
): Promise<RequestCaller> {
  let principal: Principal | null;
  try {
    principal = await deps.verifier.fromAuthorizationHeader(req.headers.authorization);
  } catch (error) {
    throw toDomainError(error) ?? new UnauthenticatedError('Token non valido o scaduto');
  }
  return requireAccess(principal, access);
}

/** Answers `{ code, error, …extra }` with `status`, unless the answer has begun (then cuts it). */
export function sendFileRouteError(
  res: Response,
  status: number,
  code: FileRouteErrorBody['code'],
  error: string,
  extra: Record<string, unknown> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.status(status).json({ ...extra, code, error } satisfies FileRouteErrorBody);
}

/**
 * Answers a thrown error: a domain error (or a database error with a contract meaning) with its
 * code's status, message and extensions — a 401 with the Bearer challenge (RFC 6750 §3) —, and
 * anything else as a logged 500 that says nothing of the internals.
 */
export function sendThrownError(
  req: Request,
  res: Response,
  thrown: unknown,
  logger: Logger,
): void {
  const domain: DomainError | null = toDomainError(thrown);
  if (!domain) {
    logger.error({ err: thrown }, 'file route failed');
    return sendFileRouteError(res, 500, 'INTERNAL_SERVER_ERROR', INTERNAL);
  }
  const { code: _code, ...extensions } = domain.toGraphQLError().extensions;
  const status = STATUS[domain.code];
  if (status === 401 && !res.headersSent)
    res.set('WWW-Authenticate', bearerChallenge(Boolean(req.headers.authorization)));
  if (typeof extensions.retryAfterSeconds === 'number' && !res.headersSent)
    res.set('Retry-After', String(extensions.retryAfterSeconds));
  sendFileRouteError(res, status, domain.code, domain.message, extensions);
}

/**
 * A file route: authorizes the request (`authorizeRequest`) before `handler` runs, and answers
 * whatever `handler` throws with the one error body (`sendThrownError`).
 */
export function fileRoute(
  deps: { verifier: TokenVerifier; logger: Logger },
  access: Access,
  handler: (req: Request, res: Response, caller: RequestCaller) => Promise<void>,
): RequestHandler {
  return async (req, res) => {
    try {
      const caller = await authorizeRequest(req, deps, access);
      await handler(req, res, caller);
    } catch (error) {
      sendThrownError(req, res, error, deps.logger);
    }
  };
}
