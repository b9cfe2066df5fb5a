import express, { type Express } from 'express';
import { RateLimitedError, type SubgraphDeps } from '@sisa/kernel';
import { OAuthError, type ClientTokenService } from '../services/apiClients';
import type { LoginLimiter } from '../services/loginLimiter';

const MALFORMED_BASIC = 'Intestazione Authorization Basic non valida';

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
  app.post(
    '/oauth/token',
    express.urlencoded({ extended: false, limit: '16kb' }),
    express.json({ limit: '16kb' }),
    async (req, res) => {
      res.set('Cache-Control', 'no-store').set('Pragma', 'no-cache');
      try {
        const body = (req.body ?? {}) as Record<string, unknown>;
        if (body.grant_type !== 'client_credentials') {
          throw new OAuthError(
            'unsupported_grant_type',
            'Solo grant_type=client_credentials è supportato',
          );
        }
        const basic = basicCredentials(req.headers.authorization);
        const id = basic?.id ?? body.client_id;
        const secret = basic?.secret ?? body.client_secret;
        if (typeof id !== 'string' || typeof secret !== 'string' || !id || !secret) {
          throw new OAuthError('invalid_request', 'client_id e client_secret sono obbligatori');
        }
        const scope = typeof body.scope === 'string' ? body.scope : undefined;
        if ([id, secret, scope].some((value) => value?.includes('\u0000'))) {
          throw new OAuthError('invalid_request', 'Carattere non ammesso (NUL) nella richiesta');
        }
        // Failures per address are limited (guessing is hopeless, flooding is not).
        await limiter.beginClientAuthentication(req.ip ?? null);
        const em = deps.orm.em.fork({ clear: true, useContext: false });
        const issued = await clientTokens.issue(em, id, secret, scope);
        await limiter.clientAuthenticated(req.ip ?? null);
        res.json({
          access_token: issued.token,
          token_type: 'Bearer',
          expires_in: issued.expiresIn,
          scope: issued.scopes.join(' '),
        });
      } catch (error) {
        if (error instanceof RateLimitedError) {
          res
            .status(429)
            .set('Retry-After', String(error.retryAfterSeconds))
            .json({ error: 'too_many_requests', error_description: error.message });
          return;
        }
        if (error instanceof OAuthError) {
          if (error.status === 401) res.set('WWW-Authenticate', 'Basic realm="sisa"');
          res
            .status(error.status)
            .json({ error: error.error, error_description: error.description });
          return;
        }
        deps.logger.error({ err: error }, 'oauth token failed');
        res.status(500).json({ error: 'server_error' });
      }
    },
  );
}
