import {
  foldAccents,
  formatEuro,
  formatItalianDate,
  formatItalianNumber,
  fromExcelSerial,
  parseItalianAmount,
  parseItalianDate,
  searchKey,
} from '../src';

describe('formatItalianNumber', () => {
  it.each([
    ['2.04', undefined, '2,04'],
    ['1234.5', undefined, '1.234,5'],
    ['1234.5', 2, '1.234,50'],
    ['1234567.891', 2, '1.234.567,89'],
    ['-1234567.891', 2, '-1.234.567,89'],
    ['0.005', 2, '0,01'],
    ['-0.001', 2, '0,00'],
    ['999.999', 2, '1.000,00'],
    ['100', undefined, '100'],
    ['100', 0, '100'],
    ['1000', undefined, '1.000'],
  ] as const)('%s with %s decimals → %s', (value, decimals, expected) => {
    expect(formatItalianNumber(value, decimals)).toBe(expected);
  });
});

describe('formatEuro', () => {
  it('writes euro amounts the Italian way', () => {
    expect(formatEuro('1234.56')).toBe('€ 1.234,56');
    expect(formatEuro('187.5')).toBe('€ 187,50');
    expect(formatEuro(0)).toBe('€ 0,00');
    expect(formatEuro('-5')).toBe('€ -5,00');
    expect(formatEuro('6477.9')).toBe('€ 6.477,90');
  });
});

describe('parseItalianAmount', () => {
  it.each([
    ['1.234,56', '1234.56'],
    ['1234,56', '1234.56'],
    ['1234.56', '1234.56'],
    ['€ 1.234', '1234'],
    ['€1.234,5', '1234.5'],
    ['1.234', '1234'],
    ['12.345.678', '12345678'],
    ['1,234.56', '1234.56'],
    ['1,234,567', '1234567'],
    ['1,234', '1.234'],
    ['0.123', '0.123'],
    ['12.5', '12.5'],
    ['12,50', '12.50'],
    [' 187,50 € ', '187.50'],
    ['EUR 10', '10'],
    ['10 euro', '10'],
    ['-1.000.000,00', '-1000000.00'],
    ['+5', '5'],
    ['-0', '0'],
    ['007', '7'],
    [',5', '0.5'],
    ['1 234,56', '1234.56'],
    ['1\u00a0234,56', '1234.56'],
  ])('%j → %s', (text, expected) => {
    expect(parseItalianAmount(text)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'abc',
    '€',
    '1.23.4',
    '1,23,4',
    '12,3.4',
    '1.2,3.4',
    '5,',
    '1e5',
    '--5',
    '12a',
    '1.234.56',
  ])('%j is not an amount', (text) => {
    expect(parseItalianAmount(text)).toBeNull();
  });
});

describe('parseItalianDate', () => {
  it.each([
    ['10/01/2018', '2018-01-10'],
    ['1/2/2018', '2018-02-01'],
    ['10-01-2018', '2018-01-10'],
    ['10.01.2018', '2018-01-10'],
    [' 29/02/2016 ', '2016-02-29'],
    ['10/01/2018 14:30', '2018-01-10'],
    ['10/01/2018 14:30:15', '2018-01-10'],
    ['2018-01-10', '2018-01-10'],
    ['2018-01-10T00:00:00', '2018-01-10'],
    ['2018-01-10 00:00:00', '2018-01-10'],
    ['2018-01-10T10:00:00.000Z', '2018-01-10'],
    ['43110', '2018-01-10'],
    ['43110.75', '2018-01-10'],
    ['61', '1900-03-01'],
    ['59', '1900-02-28'],
    ['1', '1900-01-01'],
    ['2958465', '9999-12-31'],
  ])('%j → %s', (text, expected) => {
    expect(parseItalianDate(text)).toBe(expected);
  });

  it.each([
    '',
    'ieri',
    '31/02/2018',
    '29/02/2018',
    '2018-02-29',
    '10/13/2018',
    '00/01/2018',
    '10/01/18',
    '10/01-2018',
    '2018/01/10',
    '60',
    '0',
    '2958466',
    '20180110',
    '-5',
  ])('%j is not a date', (text) => {
    expect(parseItalianDate(text)).toBeNull();
  });

  it('converts Excel serials', () => {
    expect(fromExcelSerial(45658)).toBe('2025-01-01');
    expect(fromExcelSerial(60)).toBeNull();
    expect(fromExcelSerial(1.5)).toBeNull();
  });
});

describe('formatItalianDate', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatItalianDate('2018-01-10')).toBe('10/01/2018');
    expect(formatItalianDate('0999-12-31')).toBe('31/12/0999');
    expect(() => formatItalianDate('2018-02-30')).toThrow('Data non valida');
  });
});

describe('foldAccents and searchKey', () => {
  it('removes diacritics, keeping case', () => {
    expect(foldAccents('Nicolò')).toBe('Nicolo');
    expect(foldAccents('Châtillon')).toBe('Chatillon');
    expect(foldAccents('ÀÉÌÒÙ àéìòù')).toBe('AEIOU aeiou');
    expect(foldAccents('Weiß Øresund Łódź Đorđević')).toBe('Weiss Oresund Lodz Dordevic');
    expect(foldAccents('Sèn Jan')).toBe('Sen Jan');
    expect(foldAccents('plain')).toBe('plain');
  });

  it('builds search keys', () => {
    expect(searchKey("Sant'Angelo Lodigiano")).toBe('SANTANGELOLODIGIANO');
    expect(searchKey(' forlì ')).toBe('FORLI');
    expect(searchKey("d'Ì-1")).toBe('DI1');
  });
});
