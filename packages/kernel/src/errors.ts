import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** One problem with one input field; `field` is the input path (e.g. `fiscalCode`, `customFields.iban`). */
export interface FieldError {
  field: string;
  message: string;
}

/** The error codes of the public contract (docs/CONTRACT.md). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'INTERNAL_SERVER_ERROR';

/** A domain error: carries its contract code and an Italian message meant for people. */
export abstract class DomainError extends Error {
  abstract readonly code: ErrorCode;
  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, { extensions: { code: this.code } });
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Autenticazione richiesta') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN';
  /**
   * @param requiredScope the scope an API client lacks (`registry:read`), answered in
   *   `extensions.requiredScope` so the integrator knows what to ask the tenant for.
   */
  constructor(
    message = 'Operazione non consentita',
    readonly requiredScope?: string,
  ) {
    super(message);
  }
  override toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: {
        code: this.code,
        ...(this.requiredScope ? { requiredScope: this.requiredScope } : {}),
      },
    });
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND';
  constructor(what = 'Elemento') {
    super(`${what} non trovato`);
  }
}

/**
 * Another service of the platform could not be reached: the operation changed nothing and may be
 * tried again. An internal error to the contract, with a message that says which service.
 */
export class ServiceUnavailableError extends DomainError {
  readonly code = 'INTERNAL_SERVER_ERROR';
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT';
  constructor(
    message = 'Il record è stato modificato da qualcun altro: ricaricalo e riprova',
    /** The record's version now, when the conflict is a stale `expectedVersion` (also in `extensions`). */
    readonly currentVersion?: number,
  ) {
    super(message);
  }
  override toGraphQLError(): GraphQLError {
    if (this.currentVersion === undefined) return super.toGraphQLError();
    return new GraphQLError(this.message, {
      extensions: { code: this.code, currentVersion: this.currentVersion },
    });
  }
}

/** CONFLICT carrying the record's current version unless the caller's `expectedVersion` is it. */
export function checkExpectedVersion(currentVersion: number, expectedVersion: number): void {
  if (currentVersion !== expectedVersion)
    throw new ConflictError(
      `Il record è stato modificato da qualcun altro (versione attuale ${currentVersion}, attesa ${expectedVersion}): ricaricalo e riprova`,
      currentVersion,
    );
}

/** Too many attempts: try again after `retryAfterSeconds` (also in `extensions`). */
export class RateLimitedError extends DomainError {
  readonly code = 'RATE_LIMITED';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
  override toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: { code: this.code, retryAfterSeconds: this.retryAfterSeconds },
    });
  }
}

/** Bad input: one or more field errors, all reported together. */
export class BadUserInputError extends DomainError {
  readonly code = 'BAD_USER_INPUT';
  constructor(
    readonly fieldErrors: FieldError[],
    message = fieldErrors.length === 1 ? fieldErrors[0]!.message : 'Dati non validi',
  ) {
    super(message);
  }
  override toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, {
      extensions: { code: this.code, fieldErrors: this.fieldErrors },
    });
  }
  /** Shorthand for a single field error. */
  static field(field: string, message: string): BadUserInputError {
    return new BadUserInputError([{ field, message }]);
  }
}

/** Collects field errors and throws them all at once. */
export class FieldErrors {
  private readonly errors: FieldError[] = [];
  add(field: string, message: string): this {
    this.errors.push({ field, message });
    return this;
  }
  addAll(errors: readonly FieldError[], prefix = ''): this {
    for (const e of errors) this.errors.push({ field: prefix + e.field, message: e.message });
    return this;
  }
  get list(): readonly FieldError[] {
    return this.errors;
  }
  get isEmpty(): boolean {
    return this.errors.length === 0;
  }
  throwIfAny(): void {
    if (this.errors.length > 0) throw new BadUserInputError([...this.errors]);
  }
}

const PASSTHROUGH_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

/** PostgreSQL error codes we translate into contract errors. */
const PG_UNIQUE_VIOLATION = '23505';
const PG_SERIALIZATION_FAILURE = '40001';
const PG_INSUFFICIENT_PRIVILEGE = '42501';

/** Translates any thrown value into a DomainError when it has a contract meaning, else null. */
export function toDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  const pgCode = (error as { code?: unknown } | null)?.code;
  if (pgCode === PG_UNIQUE_VIOLATION || pgCode === PG_SERIALIZATION_FAILURE) {
    return new ConflictError('Il dato esiste già o è stato modificato nel frattempo: riprova');
  }
  if (pgCode === PG_INSUFFICIENT_PRIVILEGE) return new ForbiddenError();
  return null;
}

/**
 * Apollo `formatError`: contract codes pass through, domain errors keep their message, anything
 * else becomes a generic internal error (internals never leak) and is reported to `onInternal`.
 */
export function createFormatError(onInternal: (error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    const domain = toDomainError(original);
    if (domain) {
      const gql = domain.toGraphQLError();
      return { message: gql.message, path: formatted.path, extensions: gql.extensions };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PASSTHROUGH_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    onInternal(original);
    return {
      message: 'Errore interno del server',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
