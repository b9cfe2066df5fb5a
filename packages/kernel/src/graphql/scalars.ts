import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL_RE = /^-?\d{1,15}(\.\d{1,6})?$/;

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

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
  description: 'Data di calendario nel formato YYYY-MM-DD',
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

/** `YYYY-MM-DD`, then optionally a time (`T` or a space) with seconds, fraction and zone. */
const DATE_TIME_RE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

/**
 * An instant written in ISO 8601 on a real calendar day of the years 1–9999 (PostgreSQL's range
 * and no silent roll-over: `2018-02-30T10:00Z` is refused, not read as 2 March).
 */
function parseInstant(value: unknown): Date {
  const match = typeof value === 'string' ? DATE_TIME_RE.exec(value.trim()) : null;
  const date = match ? new Date(value as string) : new Date(NaN);
  if (!match || !isIsoDate(match[1]!) || Number.isNaN(date.getTime()))
    invalid('Data e ora non valide: usare ISO 8601 (AAAA-MM-GGThh:mm:ssZ)');
  return date;
}

/** `DateTime`: an instant, ISO 8601 with time zone. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'Istante in formato ISO 8601',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime()))
      throw new GraphQLError(`DateTime non valido: ${String(value)}`);
    return date.toISOString();
  },
  parseValue: (value) => parseInstant(value),
  parseLiteral: (ast) => parseInstant(stringLiteral(ast, 'DateTime')),
});

/** Accepts a decimal string of up to 15 integer and 6 fractional digits, as written. */
function checkDecimal(value: string): string {
  if (!DECIMAL_RE.test(value))
    invalid(`Importo non valido: ${value} (usare il punto come separatore)`);
  return value;
}

/** `Decimal`: an exact decimal as a string with a dot separator (amounts: never binary floats). */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  description: 'Numero decimale esatto come stringa, con il punto come separatore (es. "187.50")',
  serialize(value) {
    if (typeof value === 'string') return value;
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (value && typeof (value as { toFixed?: unknown }).toFixed === 'function')
      return (value as { toString(): string }).toString();
    throw new GraphQLError(`Decimal non valido: ${String(value)}`);
  },
  parseValue(value) {
    if (typeof value === 'number' && Number.isFinite(value)) return checkDecimal(String(value));
    if (typeof value !== 'string') invalid('Importo non valido: atteso un numero decimale');
    return checkDecimal(value.trim());
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.INT || ast.kind === Kind.FLOAT) return checkDecimal(ast.value);
    return checkDecimal(stringLiteral(ast, 'Decimal').trim());
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
