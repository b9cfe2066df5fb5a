import { Kind } from 'graphql';
import { DateScalar, DateTimeScalar, DecimalScalar, isIsoDate, JsonScalar } from '../src';

describe('scalars', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('01/02/2024')).toBe(false);
    expect(() => DateScalar.parseValue('2023-02-29')).toThrow(/Data non valida/);
    expect(DateScalar.serialize(new Date('2024-05-01T00:00:00Z'))).toBe('2024-05-01');
  });

  it('accepts instants on real calendar days of the years 1–9999 only', () => {
    expect(DateTimeScalar.parseValue('2018-02-28T10:00:00Z')).toEqual(
      new Date('2018-02-28T10:00:00Z'),
    );
    expect(DateTimeScalar.parseValue('2018-02-28T10:00:00.123+01:00').toISOString()).toBe(
      '2018-02-28T09:00:00.123Z',
    );
    expect(DateTimeScalar.parseValue('0099-01-01T00:00:00Z').getUTCFullYear()).toBe(99);
    expect(DateTimeScalar.parseValue('2026-12-08T10:00:00.123456789-02:30').toISOString()).toBe(
      '2026-12-08T12:30:00.123Z',
    );
    for (const bad of [
      '2018-02-28',
      '08/12/2026',
      '2026-12-08T10:00:00',
      '2026-12-08T10:00Z',
      '2026-12-08 10:00:00Z',
      '2026-12-08T24:00:00Z',
      '2026-12-08T10:00:00+0100',
      '2026-12-08T10:00:00+01',
      ' 2026-12-08T10:00:00Z',
      '0000-01-01T00:00:00Z',
      '2018-02-30T10:00:00Z',
      '2018-13-01T00:00:00Z',
      '-271821-04-20T00:00:00Z',
      '+275760-09-13T00:00:00Z',
      '1',
      'ieri',
      42,
    ])
      expect(() => DateTimeScalar.parseValue(bad)).toThrow(/Data e ora non valide/);
    expect(() =>
      DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: '2018-02-30T00:00:00Z' }),
    ).toThrow(/Data e ora non valide/);
  });

  it('keeps decimals as exact strings with a dot and at most two decimals', () => {
    expect(DecimalScalar.parseValue('187.50')).toBe('187.50');
    expect(DecimalScalar.parseValue('-3')).toBe('-3');
    expect(DecimalScalar.parseLiteral({ kind: Kind.STRING, value: '294.38' })).toBe('294.38');
    expect(() => DecimalScalar.parseLiteral({ kind: Kind.FLOAT, value: '294.38' })).toThrow(
      /come stringa/,
    );
    expect(() => DecimalScalar.parseValue(187.5)).toThrow(/come stringa/);
    for (const bad of [
      '1.234,56',
      '3.000,00',
      '1,5',
      '1.005',
      '1e3',
      '.5',
      '5.',
      '+1',
      ' 1',
      'abc',
    ])
      expect(() => DecimalScalar.parseValue(bad)).toThrow(/punto come separatore/);
    expect(() => DecimalScalar.parseValue('1'.repeat(16))).toThrow(/15 cifre intere/);
  });

  it('reads JSON literals, including variables inside', () => {
    const ast = {
      kind: Kind.OBJECT,
      fields: [
        {
          kind: Kind.OBJECT_FIELD,
          name: { kind: Kind.NAME, value: 'a' },
          value: { kind: Kind.INT, value: '1' },
        },
        {
          kind: Kind.OBJECT_FIELD,
          name: { kind: Kind.NAME, value: 'b' },
          value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: 'v' } },
        },
      ],
    } as never;
    expect(JsonScalar.parseLiteral(ast, { v: 'x' })).toEqual({ a: 1, b: 'x' });
  });
});
