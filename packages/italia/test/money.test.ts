import { Decimal, roundDecimal, roundMoney, toDecimal } from '../src';

describe('Decimal', () => {
  it('computes exactly where binary floats do not', () => {
    expect(new Decimal('0.1').plus('0.2').toString()).toBe('0.3');
    expect(new Decimal('2250').times('2.04').toFixed(2)).toBe('4590.00');
    expect(new Decimal('3532.5').div(12).toString()).toBe('294.375');
  });

  it('has 40 significant digits and writes no exponents', () => {
    expect(new Decimal(1).div(3).toString()).toBe('0.' + '3'.repeat(40));
    expect(new Decimal('1e-10').toString()).toBe('0.0000000001');
    expect(new Decimal('1e25').toString()).toBe('10000000000000000000000000');
  });

  it('is a type as well as a value', () => {
    const value: Decimal = new Decimal('1.5');
    const input: Decimal.Value = '2.5';
    expect(value.plus(input).toString()).toBe('4');
  });
});

describe('roundMoney', () => {
  it('rounds HALF_EVEN by default, reproducing the REI golden values', () => {
    expect(roundMoney('187.5')).toBe('187.50');
    expect(roundMoney('294.375')).toBe('294.38');
    expect(roundMoney('539.825')).toBe('539.82');
    expect(roundMoney('534.375')).toBe('534.38');
    expect(roundMoney('0.125')).toBe('0.12');
    expect(roundMoney(new Decimal(6477.9).div(12))).toBe('539.82');
  });

  it.each([
    ['HALF_UP', '0.125', '0.13'],
    ['HALF_UP', '-0.125', '-0.13'],
    ['HALF_DOWN', '0.125', '0.12'],
    ['HALF_DOWN', '0.1251', '0.13'],
    ['HALF_EVEN', '0.135', '0.14'],
    ['DOWN', '0.129', '0.12'],
    ['DOWN', '-0.129', '-0.12'],
    ['UP', '0.121', '0.13'],
    ['UP', '-0.121', '-0.13'],
  ] as const)('%s %s → %s', (mode, value, expected) => {
    expect(roundMoney(value, mode)).toBe(expected);
  });

  it('accepts numbers, bigints and Decimals, and writes zero without a sign', () => {
    expect(roundMoney(12)).toBe('12.00');
    expect(roundMoney(12n)).toBe('12.00');
    expect(roundMoney(new Decimal('1.005'))).toBe('1.00');
    expect(roundMoney('-0.001')).toBe('0.00');
  });

  it('refuses what is not a finite number', () => {
    expect(() => roundMoney('abc')).toThrow('Importo non valido: "abc"');
    expect(() => roundMoney('1,5')).toThrow(RangeError);
    expect(() => roundMoney(Number.NaN)).toThrow(RangeError);
    expect(() => roundMoney(Number.POSITIVE_INFINITY)).toThrow(RangeError);
    expect(() => roundMoney('1', 'BANKERS' as never)).toThrow(RangeError);
  });
});

describe('roundDecimal and toDecimal', () => {
  it('rounds to any number of places', () => {
    expect(roundDecimal('2.045', 2)).toBe('2.04');
    expect(roundDecimal('2.5', 0)).toBe('2');
    expect(roundDecimal('3.5', 0)).toBe('4');
    expect(roundDecimal('1', 3)).toBe('1.000');
    expect(() => roundDecimal('1', -1)).toThrow(RangeError);
  });

  it('builds configured Decimals', () => {
    expect(toDecimal('12.30')).toBeInstanceOf(Decimal);
    expect(toDecimal('12.30').toString()).toBe('12.3');
  });
});
