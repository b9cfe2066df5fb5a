import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isIsoDate } from '@sisa/rules';

/** True for a real calendar date written `YYYY-MM-DD` (the console checks dates with the same rule). */
export { isIsoDate };

function invalid(message: string): never {
  throw new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

function stringLiteral(ast: ValueNode, typeName: string): string {
  if (ast.kind !== Kind.STRING) invalid(`${typeName}: atteso un valore stringa`);
  return ast.value;
}

/** `Date`: a calendar date `YYYY-MM-DD`, kept as that string (no time zone can shift it). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Data di calendario nel formato YYYY-MM-DD (RFC 3339 full-date)',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize(value) {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && isIsoDate(value.slice(0, 10))) return value.slice(0, 10);
    throw new GraphQLError(`Data non valida: ${String(value)}`);
  },
  parseValue(value) {
    if (typeof value !== 'string' || !isIsoDate(value))
      invalid(`Data non valida: usare il formato AAAA-MM-GG`);
    return value;
  },
  parseLiteral(ast) {
    const value = stringLiteral(ast, 'Date');
    if (!isIsoDate(value)) invalid(`Data non valida: usare il formato AAAA-MM-GG`);
    return value;
  },
});

/**
 * RFC 3339 `date-time`: full date, `T`, time with seconds (fraction optional) and a mandatory
 * offset (`Z` or `±hh:mm`). Nothing looser: `08/12/2026`, `2026-12-08` or a time without offset
 * would be read in some server's time zone, or as another day.
 */
const DATE_TIME_RE =
  /^(\d{4}-\d{2}-\d{2})[Tt]([01]\d|2[0-3]):([0-5]\d):([0-5]\d|60)(\.\d{1,9})?([Zz]|([+-])([01]\d|2[0-3]):([0-5]\d))$/;

const DATE_TIME_MESSAGE =
  'Data e ora non valide: usare RFC 3339 con fuso orario (AAAA-MM-GGThh:mm:ssZ o +01:00)';

/** An instant written in RFC 3339 on a real calendar day of the years 1–9999 (PostgreSQL's range). */
export function parseDateTime(value: unknown): Date | null {
  const m = typeof value === 'string' && value.length <= 40 ? DATE_TIME_RE.exec(value) : null;
  if (!m || !isIsoDate(m[1]!)) return null;
  const [y, mo, d] = m[1]!.split('-').map(Number) as [number, number, number];
  const millis = m[5] ? Number(m[5].slice(1, 4).padEnd(3, '0')) : 0;
  const offset = m[7] ? (m[7] === '-' ? -1 : 1) * (Number(m[8]) * 60 + Number(m[9])) : 0;
  // Built field by field (Date.UTC would read years below 100 as 19xx); `:60` is the next instant.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(Number(m[2]), Number(m[3]), Number(m[4]), millis);
  date.setTime(date.getTime() - offset * 60_000);
  return Number.isNaN(date.getTime()) ? null : date;
}

function parseInstant(value: unknown): Date {
  return parseDateTime(value) ?? invalid(DATE_TIME_MESSAGE);
}

/** `DateTime`: an instant, RFC 3339 with an offset; answered in UTC (`…Z`). */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'Istante in formato RFC 3339 con fuso orario (es. 2026-12-08T10:00:00Z)',
  specifiedByURL: 'https://www.rfc-editor.org/rfc/rfc3339#section-5.6',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime()))
      throw new GraphQLError(`DateTime non valido: ${String(value)}`);
    return date.toISOString();
  },
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast) => parseInstant(stringLiteral(ast, 'DateTime')),
});

/** Most decimal places of a `Decimal` (every amount and quantity of the API is stored at scale 2). */
export const DECIMAL_MAX_SCALE = 2;
/** Most integer digits of a `Decimal`. */
export const DECIMAL_MAX_INTEGER_DIGITS = 15;
const DECIMAL_RE = new RegExp(
  `^-?\\d{1,${DECIMAL_MAX_INTEGER_DIGITS}}(\\.\\d{1,${DECIMAL_MAX_SCALE}})?$`,
);

/** Why `value` is not a `Decimal` (an Italian message), or null when it is one. */
export function decimalError(value: unknown): string | null {
  if (typeof value === 'number')
    return `Importo non valido: inviare il numero come stringa (es. "187.50"), non come numero JSON`;
  if (typeof value !== 'string')
    return 'Importo non valido: atteso un numero decimale come stringa';
  if (DECIMAL_RE.test(value)) return null;
  const shown = value.length > 30 ? `${value.slice(0, 30)}…` : value;
  return `Importo non valido: «${shown}». Usare il punto come separatore decimale, senza separatori delle migliaia, con al massimo ${DECIMAL_MAX_INTEGER_DIGITS} cifre intere e ${DECIMAL_MAX_SCALE} decimali (es. "1234.50")`;
}

function checkDecimal(value: unknown): string {
  const error = decimalError(value);
  if (error) invalid(error);
  return value as string;
}

/** `Decimal`: an exact decimal as a string with a dot separator (amounts: never binary floats). */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: `Numero decimale esatto come stringa (mai un numero JSON), con il punto come separatore, senza separatori delle migliaia, al massimo ${DECIMAL_MAX_SCALE} decimali (es. "187.50")`,
  serialize(value) {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (value && typeof (value as { toFixed?: unknown }).toFixed === 'function')
      return (value as { toString(): string }).toString();
    throw new GraphQLError(`Decimal non valido: ${String(value)}`);
  },
  parseValue: (value) => checkDecimal(value),
  parseLiteral(ast) {
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return checkDecimal(Number(ast.value));
    return checkDecimal(stringLiteral(ast, 'Decimal'));
  },
});

function literalToJson(ast: ValueNode, variables?: Record<string, unknown> | null): unknown {
  switch (ast.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return ast.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(ast.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return ast.values.map((v) => literalToJson(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(
        ast.fields.map((f) => [f.name.value, literalToJson(f.value, variables)]),
      );
    case Kind.VARIABLE:
      return variables?.[ast.name.value];
    default:
      return invalid('JSON non valido');
  }
}

/** `JSON`: any JSON value (custom field values, indicator filters). */
export const JsonScalar = new GraphQLScalarType<unknown, unknown>({
  name: 'JSON',
  description: 'Un qualunque valore JSON',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (ast, variables) => literalToJson(ast, variables),
});

/** Resolver map entries for the shared scalars; a subgraph includes those its SDL declares. */
export const scalarResolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Decimal: DecimalScalar,
  JSON: JsonScalar,
};
