import { platformScopes, publicSigningJwk, type Logger } from '@sisa/kernel';
import type { Express, Request } from 'express';
import { proxyTo } from './proxy';

export interface OAuthRoutesOptions {
  /** Base URL(s) of the config subgraph, which issues and revokes tokens (`replicaSet`). */
  configUrl: string;
  publicKeyPem: string;
  logger: Logger;
  /** The gateway's own id of a request (`X-Request-Id`). */
  requestIdOf(req: Request): string;
  /**
   * The gateway's public base URL (`SISA_PUBLIC_URL`, e.g. `https://sisa.example.it`): the
   * `issuer` of the metadata and the base of its endpoints. Unset: the URL the request came to.
   */
  publicUrl?: string;
}

/** Paths of the OAuth 2 endpoints, as the metadata announces them. */
export const OAUTH_PATHS = {
  token: '/oauth/token',
  revocation: '/oauth/revoke',
  jwks: '/.well-known/jwks.json',
  metadata: '/.well-known/oauth-authorization-server',
} as const;

/** The base URL metadata is announced with: the configured one, else the request's own. */
function baseUrlOf(req: Request, configured: string | undefined): string {
  if (configured) return configured.replace(/\/+$/, '');
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

/**
 * The OAuth 2 endpoints around the API: the token endpoint and RFC 7009 revocation (proxied to
 * the config subgraph), the signing key as a JWKS, and RFC 8414 metadata naming them all.
 */
export async function mountOAuthRoutes(app: Express, options: OAuthRoutesOptions): Promise<void> {
  const jwks = JSON.stringify({ keys: [await publicSigningJwk(options.publicKeyPem)] });
  const publicUrl = options.publicUrl ?? process.env.SISA_PUBLIC_URL;

  for (const path of [OAUTH_PATHS.token, OAUTH_PATHS.revocation]) {
    app.post(path, (req, res) =>
      proxyTo(options.configUrl, path, req, res, options.logger, options.requestIdOf(req)),
    );
  }

  app.get(OAUTH_PATHS.jwks, (_req, res) => {
    res.set('Cache-Control', 'public, max-age=300').type('application/jwk-set+json').send(jwks);
  });

  app.get(OAUTH_PATHS.metadata, (req, res) => {
    const base = baseUrlOf(req, publicUrl);
    // Built from the request's Host when no public URL is set: then no shared cache may keep it.
    res.set('Cache-Control', publicUrl ? 'public, max-age=300' : 'no-store').json({
      issuer: base,
      token_endpoint: `${base}${OAUTH_PATHS.token}`,
      jwks_uri: `${base}${OAUTH_PATHS.jwks}`,
      revocation_endpoint: `${base}${OAUTH_PATHS.revocation}`,
      grant_types_supported: ['client_credentials'],
      response_types_supported: [],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      revocation_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
      scopes_supported: [...platformScopes()],
    });
  });
}
