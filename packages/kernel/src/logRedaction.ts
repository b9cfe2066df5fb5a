/**
 * What never reaches a log line, by value: whatever key or message carries it. Keys are redacted
 * by pino (`logging.ts`); these patterns run over every finished line, and database errors are
 * reduced to their code, constraint, table and the statement without its values.
 */

export const REDACTED = '[redatto]';

const OMOCODIA_DIGIT = '[0-9LMNPQRSTUV]';
/** Codice fiscale, omocodia included (digits replaced by L–V), any case. */
const FISCAL_CODE = `[A-Z]{6}${OMOCODIA_DIGIT}{2}[A-EHLMPR-T]${OMOCODIA_DIGIT}{2}[A-Z]${OMOCODIA_DIGIT}{3}[A-Z]`;
/** IBAN: country, check digits, 11 to 30 letters or digits. */
// Not inside a longer run of capitals and digits; a lower-case letter before it may be the `n`
// of an escaped newline in a JSON line.
const IBAN = '(?<![A-Z0-9])[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}(?![A-Z0-9])';
const EMAIL = "[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}";
/** An Italian phone number written with its country code. */
const PHONE = '(?:\\+|00)39[ .-]?[0-9][0-9 .-]{5,13}[0-9]';

// Each its own pattern: one alternation is slower, and the e-mail pattern (slow on long runs of
// letters) only runs where there is an `@`.
const FISCAL_CODE_ANYWHERE = new RegExp(FISCAL_CODE, 'gi');
const PHONE_ANYWHERE = new RegExp(PHONE, 'g');
const EMAIL_ANYWHERE = new RegExp(EMAIL, 'gi');
// Upper case only: a case-insensitive IBAN pattern would match ordinary words and ids.
const IBAN_ANYWHERE = new RegExp(IBAN, 'g');

/**
 * `text` with every fiscal code, IBAN, e-mail address and Italian phone number replaced by
 * `[redatto]`.
 */
export function maskPersonalData(text: string): string {
  const masked = text
    .replace(FISCAL_CODE_ANYWHERE, REDACTED)
    .replace(IBAN_ANYWHERE, REDACTED)
    .replace(PHONE_ANYWHERE, REDACTED);
  return masked.includes('@') ? masked.replace(EMAIL_ANYWHERE, REDACTED) : masked;
}

const FISCAL_CODE_ONCE = new RegExp(FISCAL_CODE, 'i');
const IBAN_ONCE = new RegExp(IBAN);
const PHONE_ONCE = new RegExp(PHONE);
const EMAIL_ONCE = new RegExp(EMAIL, 'i');

/** Whether `text` holds any of what `maskPersonalData` masks (about 3 µs for a request's line). */
function hasPersonalData(text: string): boolean {
  return (
    FISCAL_CODE_ONCE.test(text) ||
    IBAN_ONCE.test(text) ||
    PHONE_ONCE.test(text) ||
    (text.includes('@') && EMAIL_ONCE.test(text))
  );
}

function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskPersonalData(value);
  if (depth > 20 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [maskPersonalData(k), maskDeep(v, depth + 1)]),
  );
}

/**
 * A finished JSON log line with personal data masked in every string (keys, values, message).
 * Most lines have none and cost one scan; one that has is parsed and written again, so the
 * masking never cuts through an escape and the line stays valid JSON.
 */
export function maskLogLine(line: string): string {
  if (!hasPersonalData(line)) return line;
  try {
    return `${JSON.stringify(maskDeep(JSON.parse(line)))}\n`;
  } catch {
    return maskPersonalData(line);
  }
}

/**
 * A SQL statement with its literals replaced by `?`: strings ('…', with '' inside), E'…',
 * dollar-quoted strings and numbers outside identifiers. Quoted identifiers ("…") stay.
 */
export function statementWithoutValues(sql: string): string {
  return sql
    .replace(/\$([A-Za-z_]*)\$[\s\S]*?\$\1\$/g, '?')
    .replace(/[Ee]?'(?:[^']|'')*'/g, '?')
    .replace(/("(?:[^"]|"")*")|(?<![\w$])-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?!\w)/g, (m, ident) =>
      ident ? m : '?',
    );
}

/**
 * Splits knex's message of a failed query, `<statement with its values> - <PostgreSQL's
 * message>`, at the first ` - ` outside quotes.
 */
function splitQueryMessage(message: string): { statement: string | null; message: string } {
  let quote: string | null = null;
  for (let i = 0; i < message.length; i++) {
    const c = message[i];
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') {
      quote = c;
    } else if (c === ' ' && message.startsWith(' - ', i)) {
      return { statement: message.slice(0, i), message: message.slice(i + 3) };
    }
  }
  return { statement: null, message };
}

/** PostgreSQL messages quote the offending value (`invalid input syntax for type uuid: "…"`). */
function withoutQuotedValues(message: string): string {
  return message.replace(/: "(?:[^"\\]|\\.)*"/g, ': "?"');
}

interface DatabaseErrorLike {
  code: string;
  message?: string;
  stack?: string;
  name?: string;
  constraint?: string;
  table?: string;
  schema?: string;
  column?: string;
  routine?: string;
  severity?: string;
}

/** An error PostgreSQL reported (node-postgres', or MikroORM's wrapping of it). */
export function isDatabaseError(error: unknown): error is DatabaseErrorLike {
  if (!(error instanceof Error)) return false;
  const e = error as unknown as Partial<DatabaseErrorLike>;
  return (
    typeof e.code === 'string' &&
    /^[0-9A-Z]{5}$/.test(e.code) &&
    (typeof e.severity === 'string' || typeof e.routine === 'string')
  );
}

/** The message to log for `error`: a database error's without its statement and values. */
export function errorMessage(error: Error): string {
  return isDatabaseError(error)
    ? withoutQuotedValues(splitQueryMessage(error.message ?? '').message)
    : error.message;
}

function stackFrames(stack: string | undefined): string | undefined {
  return stack
    ?.split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
}

/**
 * pino's `err` serializer: for a database error its code, constraint, table, schema, column,
 * PostgreSQL's message without quoted values and the statement without its values (never the
 * `detail`, which repeats the row, nor the parameters); any other error as pino serializes it,
 * its `cause` too. Every string still goes through `maskPersonalData` when the line is written.
 */
export function serializeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  if (isDatabaseError(error)) {
    const { statement } = splitQueryMessage(error.message ?? '');
    return {
      type: error.name,
      code: error.code,
      message: errorMessage(error),
      ...(error.constraint ? { constraint: error.constraint } : {}),
      ...(error.schema ? { schema: error.schema } : {}),
      ...(error.table ? { table: error.table } : {}),
      ...(error.column ? { column: error.column } : {}),
      ...(statement ? { statement: statementWithoutValues(statement) } : {}),
      stack: stackFrames(error.stack),
    };
  }
  const cause = (error as { cause?: unknown }).cause;
  return {
    type: error.name,
    message: error.message,
    stack: error.stack,
    ...('code' in error ? { code: (error as { code?: unknown }).code } : {}),
    ...(cause instanceof Error ? { cause: serializeError(cause) } : {}),
  };
}
