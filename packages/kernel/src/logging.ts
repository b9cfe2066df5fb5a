import pino, { type Logger } from 'pino';

export type { Logger } from 'pino';

/**
 * Keys that must never reach a log line: credentials, tokens and personal identifiers.
 * pino's redaction is path based, so the common nestings are listed explicitly.
 */
const SECRET_KEYS = [
  'password',
  'newPassword',
  'token',
  'accessToken',
  'access_token',
  'clientSecret',
  'client_secret',
  'secret',
  'authorization',
  'fiscalCode',
  'codiceFiscale',
  'CodiceFiscale',
];
const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  ...SECRET_KEYS.map((k) => `*.*.${k}`),
  'req.headers.authorization',
  'req.headers.cookie',
];

/** The platform's JSON logger. `SISA_LOG_LEVEL` sets the level (default `info`; `silent` in tests). */
export function createLogger(name: string, level = process.env.SISA_LOG_LEVEL ?? 'info'): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    redact: { paths: REDACT_PATHS, censor: '[redatto]' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}
