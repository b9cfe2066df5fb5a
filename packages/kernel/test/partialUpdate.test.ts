import { GraphQLError } from 'graphql';
import { applyUpdate, checkExpectedVersion, ConflictError, createFormatError } from '../src';

describe('applyUpdate', () => {
  const current = { name: 'Rossi', phone: '0612345', email: 'a@b.it' as string | null };

  it('keeps every field the patch leaves out', () => {
    expect(applyUpdate(current, { phone: '0699999' }, ['name'])).toEqual({
      values: { name: 'Rossi', phone: '0699999', email: 'a@b.it' },
      errors: [],
    });
  });

  it('clears a nullable field sent as null', () => {
    expect(applyUpdate(current, { email: null }, ['name']).values.email).toBeNull();
  });

  it('refuses null on a required field, on its input path, and keeps the value', () => {
    const { values, errors } = applyUpdate(current, { name: null }, ['name']);
    expect(values.name).toBe('Rossi');
    expect(errors).toEqual([
      { field: 'input.name', message: expect.stringContaining('obbligatorio') },
    ]);
  });

  it('treats an explicit undefined as absent', () => {
    expect(applyUpdate(current, { phone: undefined }, []).values.phone).toBe('0612345');
  });
});

describe('checkExpectedVersion', () => {
  const formatError = createFormatError(() => undefined);

  it('passes on the current version', () => {
    expect(() => checkExpectedVersion(3, 3)).not.toThrow();
  });

  it('throws CONFLICT carrying the current version in the extensions', () => {
    let thrown: unknown;
    try {
      checkExpectedVersion(4, 3);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ConflictError);
    const formatted = formatError(
      { message: 'x', path: ['x'] },
      new GraphQLError('x', { originalError: thrown as Error }),
    );
    expect(formatted.extensions).toEqual({ code: 'CONFLICT', currentVersion: 4 });
  });
});
