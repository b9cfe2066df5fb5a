import type { ErrorRequestHandler, RequestHandler } from 'express';
import helmet from 'helmet';
import type { Logger } from '../logging';

/**
 * The content security policy of everything the platform serves (the console at `/admin` and
 * JSON): scripts and connections only from our own origin, styles also inline (MUI/emotion
 * inserts them), images and fonts also as `data:`, never inside a frame.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

const HSTS_MAX_AGE_SECONDS = 365 * 24 * 3600;

/**
 * Browser hygiene headers on every answer (helmet): CSP with `frame-ancestors 'none'`,
 * `X-Frame-Options: DENY`, `X-Content-Type-Options: nosniff`, `Referrer-Policy: no-referrer`,
 * and HSTS only on requests that came over TLS (`req.secure`, which believes
 * `X-Forwarded-Proto` only from a proxy trusted by `SISA_TRUST_PROXY`).
 */
export function securityHeaders(): RequestHandler {
  const common = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    strictTransportSecurity: false,
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  const hsts = helmet.strictTransportSecurity({
    maxAge: HSTS_MAX_AGE_SECONDS,
    includeSubDomains: true,
  });
  return (req, res, next) => {
    common(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (req.secure) return hsts(req, res, () => next());
      return next();
    });
  };
}

/**
 * Express's `trust proxy` from `SISA_TRUST_PROXY`: unset or `false` trusts no proxy (the default:
 * `X-Forwarded-*` is ignored); `true`, a number of hops, or addresses/subnets separated by commas
 * (`loopback`, `10.0.0.0/8`) as Express understands them.
 */
export function trustProxyFromEnv(env: NodeJS.ProcessEnv = process.env): boolean | number | string {
  const value = env.SISA_TRUST_PROXY?.trim();
  if (!value || value === 'false') return false;
  if (value === 'true') return true;
  if (/^\d+$/.test(value)) return Number(value);
  return value;
}

const CLIENT_ERROR_MESSAGES: Record<number, string> = {
  400: 'Richiesta non valida',
  413: 'Richiesta troppo grande',
  415: 'Tipo di contenuto non supportato',
};

/**
 * The last Express error handler: a request Express or a body parser refused (malformed JSON,
 * bad percent-encoding, too large) answers its 4xx as JSON with an Italian message; anything else
 * is a logged 500. Never a stack trace, never HTML.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, _req, res, next) => {
    if (res.headersSent) return next(error);
    const status = Number(
      (error as { status?: unknown; statusCode?: unknown })?.status ??
        (error as { statusCode?: unknown })?.statusCode,
    );
    if (status >= 400 && status < 500) {
      res.status(status).json({ error: CLIENT_ERROR_MESSAGES[status] ?? 'Richiesta non valida' });
      return;
    }
    logger.error({ err: error }, 'request failed');
    res.status(500).json({ error: 'Errore interno del server' });
  };
}
