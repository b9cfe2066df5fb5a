import {
  ANONYMOUS_OPERATION,
  errorCodeLabel,
  OperationNames,
  OTHER_OPERATION,
  UNKNOWN_OPERATION,
} from '../src/observability/operationNames';

describe('operation names as metric labels', () => {
  it('keep the first names and collapse the rest into fixed labels', () => {
    const names = new OperationNames(2);
    expect(names.labelOf('Subjects', true)).toBe('Subjects');
    expect(names.labelOf('Tenants', true)).toBe('Tenants');
    expect(names.labelOf('Third', true)).toBe(OTHER_OPERATION);
    expect(names.labelOf('Subjects', true)).toBe('Subjects');
    expect(names.labelOf(null, true)).toBe(ANONYMOUS_OPERATION);
    expect(names.labelOf('Subjects', false)).toBe(UNKNOWN_OPERATION);
  });

  it('never let a name that is not a GraphQL name take a place', () => {
    const names = new OperationNames(1);
    expect(names.labelOf('a"b', true)).toBe(OTHER_OPERATION);
    expect(names.labelOf('x'.repeat(101), true)).toBe(OTHER_OPERATION);
    expect(names.labelOf('Valid', true)).toBe('Valid');
  });

  it('label error codes that look like codes, and only those', () => {
    expect(errorCodeLabel('FORBIDDEN')).toBe('FORBIDDEN');
    expect(errorCodeLabel('not a code')).toBe('OTHER');
    expect(errorCodeLabel(undefined)).toBe('OTHER');
  });
});
