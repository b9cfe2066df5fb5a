import express, { type Express, type Request, type Response } from 'express';
import { RateLimitedError, type SubgraphDeps } from '@sisa/kernel';
import { oauthDescription, singleParameters } from '../domain/oauth';
import { OAuthError, type ClientRow, type ClientTokenService } from '../services/apiClients';
import type { LoginLimiter } from '../services/loginLimiter';

const MALFORMED_BASIC = 'Intestazione Authorization Basic non valida';
const BODY_LIMIT = '16kb';

function decodeCredential(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new OAuthError('invalid_request', MALFORMED_BASIC);
  }
}

/**
 * The client's id and secret from an `Authorization: Basic` header (RFC 6749 §2.3.1: each
 * form-urlencoded); null without one. A malformed header is the client's error, never ours.
 */
function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  if (!header || !/^Basic\b/i.test(header)) return null;
  const match = /^Basic +([A-Za-z0-9+/]+={0,2})$/i.exec(header);
  if (!match) throw new OAuthError('invalid_request', MALFORMED_BASIC);
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new OAuthError('invalid_request', MALFORMED_BASIC);
  return {
    id: decodeCredential(decoded.slice(0, colon)),
    secret: decodeCredential(decoded.slice(colon + 1)),
  };
}

const PARAMETERS = ['grant_type', 'client_id', 'client_secret', 'scope', 'token'] as const;
type Parameter = (typeof PARAMETERS)[number];

/** The request's parameters, each at most once (RFC 6749 §3.2), none holding a NUL. */
function parametersOf(req: Request): Partial<Record<Parameter, string>> {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const read = singleParameters(body, PARAMETERS);
  if ('repeated' in read) {
    throw new OAuthError(
      'invalid_request',
      `Il parametro ${read.repeated} deve comparire una volta`,
    );
  }
  if (Object.values(read.values).some((value) => value?.includes('\u0000'))) {
    throw new OAuthError('invalid_request', 'Carattere non ammesso (NUL) nella richiesta');
  }
  return read.values;
}

/**
 * The client's credentials, from HTTP Basic or the body (RFC 6749 §2.3.1), never both (§2.3).
 * None at all is `invalid_client` (§5.2).
 */
function credentialsOf(
  req: Request,
  params: Partial<Record<Parameter, string>>,
): { id: string; secret: string } {
  const basic = basicCredentials(req.headers.authorization);
  if (basic && (params.client_id !== undefined || params.client_secret !== undefined)) {
    throw new OAuthError(
      'invalid_request',
      'Credenziali del client in due modi: usare Authorization Basic oppure il corpo, non entrambi',
    );
  }
  const id = basic?.id ?? params.client_id;
  const secret = basic?.secret ?? params.client_secret;
  if (!id || !secret) {
    throw new OAuthError('invalid_client', 'client_id e client_secret sono obbligatori');
  }
  return { id, secret };
}

/**
 * Authenticates the client, counting failures per address (guessing a secret is hopeless,
 * flooding the endpoint is not).
 */
async function authenticatedClient(
  req: Request,
  deps: SubgraphDeps,
  clientTokens: ClientTokenService,
  limiter: LoginLimiter,
  credentials: { id: string; secret: string },
): Promise<ClientRow> {
  await limiter.beginClientAuthentication(req.ip ?? null);
  const em = deps.orm.em.fork({ clear: true, useContext: false });
  const client = await clientTokens.authenticate(em, credentials.id, credentials.secret);
  await limiter.clientAuthenticated(req.ip ?? null);
  return client;
}

/** Answers an OAuth error as RFC 6749 §5.2 says (401 with a Basic challenge for the client). */
function sendError(res: Response, deps: SubgraphDeps, error: unknown): void {
  if (error instanceof RateLimitedError) {
    res
      .status(429)
      .set('Retry-After', String(error.retryAfterSeconds))
      .json({ error: 'too_many_requests', error_description: oauthDescription(error.message) });
    return;
  }
  if (error instanceof OAuthError) {
    if (error.status === 401) res.set('WWW-Authenticate', 'Basic realm="sisa"');
    res
      .status(error.status)
      .json({ error: error.error, error_description: oauthDescription(error.description) });
    return;
  }
  deps.logger.error({ err: error }, 'oauth request failed');
  res.status(500).json({ error: 'server_error' });
}

const bodyParsers = [
  express.urlencoded({ extended: false, limit: BODY_LIMIT }),
  express.json({ limit: BODY_LIMIT }),
];

/**
 * `POST /oauth/token` (RFC 6749 §4.4, client credentials): form or JSON body; the client
 * authenticates in the body or with HTTP Basic. Answers a tenant-bound bearer token.
 */
export function mountOAuthToken(
  app: Express,
  deps: SubgraphDeps,
  clientTokens: ClientTokenService,
  limiter: LoginLimiter,
): void {
  app.post('/oauth/token', ...bodyParsers, async (req, res) => {
    res.set('Cache-Control', 'no-store').set('Pragma', 'no-cache');
    try {
      const params = parametersOf(req);
      if (!params.grant_type) {
        throw new OAuthError('invalid_request', 'Il parametro grant_type e obbligatorio');
      }
      if (params.grant_type !== 'client_credentials') {
        throw new OAuthError(
          'unsupported_grant_type',
          'Solo grant_type=client_credentials e supportato',
        );
      }
      const credentials = credentialsOf(req, params);
      await limiter.beginClientAuthentication(req.ip ?? null);
      const em = deps.orm.em.fork({ clear: true, useContext: false });
      const issued = await clientTokens.issue(em, credentials.id, credentials.secret, params.scope);
      await limiter.clientAuthenticated(req.ip ?? null);
      res.json({
        access_token: issued.token,
        token_type: 'Bearer',
        expires_in: issued.expiresIn,
        scope: issued.scopes.join(' '),
      });
    } catch (error) {
      sendError(res, deps, error);
    }
  });
}

/**
 * `POST /oauth/revoke` (RFC 7009): the client authenticates as at the token endpoint and names
 * one of its access tokens in `token`; that token's session ends at once in every service. The
 * answer is 200 for any token, also unknown, expired or not the client's (§2.2).
 */
export function mountOAuthRevocation(
  app: Express,
  deps: SubgraphDeps,
  clientTokens: ClientTokenService,
  limiter: LoginLimiter,
): void {
  app.post('/oauth/revoke', ...bodyParsers, async (req, res) => {
    res.set('Cache-Control', 'no-store').set('Pragma', 'no-cache');
    try {
      const params = parametersOf(req);
      const credentials = credentialsOf(req, params);
      if (!params.token)
        throw new OAuthError('invalid_request', 'Il parametro token e obbligatorio');
      const client = await authenticatedClient(req, deps, clientTokens, limiter, credentials);
      const em = deps.orm.em.fork({ clear: true, useContext: false });
      await clientTokens.revoke(em, deps.verifier, client, params.token);
      res.status(200).end();
    } catch (error) {
      sendError(res, deps, error);
    }
  });
}
