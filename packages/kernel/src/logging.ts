import pino, { type DestinationStream, type Logger } from 'pino';
import { errorMessage, maskLogLine, REDACTED, serializeError } from './logRedaction';

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
  // PostgreSQL's detail repeats the offending row; statements' parameters are the row's values.
  'detail',
  'params',
  'parameters',
  'bindings',
  'variables',
  'iban',
  'email',
  'phone',
];
const REDACT_PATHS = [
  ...SECRET_KEYS,
  ...SECRET_KEYS.map((k) => `*.${k}`),
  ...SECRET_KEYS.map((k) => `*.*.${k}`),
  'req.headers.authorization',
  'req.headers.cookie',
];

/**
 * The platform's JSON logger. `SISA_LOG_LEVEL` sets the level (default `info`; `silent` in tests).
 * Personal data stays out: keys above are redacted, errors are serialized by `serializeError`
 * (a database error: its code, constraint, table and the statement without values) and every
 * finished line goes through `maskLogLine` (fiscal codes, IBANs, e-mails, phone numbers,
 * wherever they appear, messages included). `destination`: standard output unless given.
 */
export function createLogger(
  name: string,
  level = process.env.SISA_LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  const options: pino.LoggerOptions = {
    name,
    level,
    base: { service: name },
    redact: { paths: REDACT_PATHS, censor: REDACTED },
    serializers: { err: serializeError, error: serializeError },
    hooks: {
      // pino would take an error's own message as the line's message: a database error's
      // message holds its statement with the values.
      logMethod(args, method) {
        const [first, second] = args as unknown[];
        const err = first instanceof Error ? first : (first as { err?: unknown } | null)?.err;
        if (err instanceof Error && typeof second !== 'string') {
          const merged = first instanceof Error ? { err } : first;
          return method.apply(this, [merged, errorMessage(err)] as Parameters<typeof method>);
        }
        return method.apply(this, args);
      },
      streamWrite: maskLogLine,
    },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}

/**
 * A process's last word: an uncaught exception is logged through `logger` (so redacted, where
 * Node would print the error with every property, a database error's values included) and the
 * process exits with 1 (the supervisor starts it again).
 */
export function exitOnUncaughtException(logger: Logger): void {
  process.on('uncaughtException', (error) => {
    logger.fatal({ err: error }, 'uncaught exception');
    process.exit(1);
  });
}
