import { GraphQLError } from 'graphql';
import {
  BadUserInputError,
  ConflictError,
  createFormatError,
  FieldErrors,
  NotFoundError,
  toDomainError,
} from '../src';

describe('error mapping', () => {
  const internal: unknown[] = [];
  const formatError = createFormatError((e) => internal.push(e));
  const format = (error: unknown) =>
    formatError(
      { message: (error as Error).message, path: ['x'] },
      new GraphQLError((error as Error).message, { originalError: error as Error }),
    );

  it('keeps domain errors with their code and field errors', () => {
    const formatted = format(
      new BadUserInputError([{ field: 'fiscalCode', message: 'Codice fiscale non valido' }]),
    );
    expect(formatted.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'fiscalCode', message: 'Codice fiscale non valido' }],
    });
    expect(formatted.message).toBe('Codice fiscale non valido');
  });

  it('never leaks internal errors', () => {
    const formatted = format(new Error('relation "registry.subject" does not exist'));
    expect(formatted).toEqual({
      message: 'Errore interno del server',
      path: ['x'],
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(internal).toHaveLength(1);
  });

  it('maps PostgreSQL unique violations to CONFLICT and RLS refusals to FORBIDDEN', () => {
    expect(toDomainError(Object.assign(new Error('dup'), { code: '23505' }))).toBeInstanceOf(
      ConflictError,
    );
    expect(toDomainError(Object.assign(new Error('rls'), { code: '42501' }))?.code).toBe(
      'FORBIDDEN',
    );
    expect(toDomainError(new Error('other'))).toBeNull();
  });

  it('strips stack traces from GraphQL validation errors', () => {
    const formatted = formatError(
      {
        message: 'Cannot query field',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', stacktrace: ['at …'] },
      },
      new GraphQLError('Cannot query field'),
    );
    expect(formatted.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('collects field errors and throws them together', () => {
    const errors = new FieldErrors()
      .add('a', 'uno')
      .addAll([{ field: 'b', message: 'due' }], 'input.');
    expect(() => errors.throwIfAny()).toThrow(BadUserInputError);
    try {
      errors.throwIfAny();
    } catch (e) {
      expect((e as BadUserInputError).fieldErrors).toEqual([
        { field: 'a', message: 'uno' },
        { field: 'input.b', message: 'due' },
      ]);
    }
    expect(new NotFoundError('Soggetto').message).toBe('Soggetto non trovato');
  });
});
