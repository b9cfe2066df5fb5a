import {
  amount,
  country,
  date,
  digits,
  fiscalCode,
  serviceCode,
  sex,
  text,
  upper,
  yesNo,
} from '../src/domain/normalize';

describe('normalisation of Italian formats', () => {
  it('trims and collapses spaces, upper-cases names and codes', () => {
    expect(text('  Maria   Grazia ')).toBe('Maria Grazia');
    expect(upper(' rossi ')).toBe('ROSSI');
    expect(fiscalCode(' rssmra 80a01 f205x ')).toBe('RSSMRA80A01F205X');
    expect(serviceCode(' a1.04 ')).toBe('A1.04');
    expect(text('   ')).toBeNull();
  });

  it('reads dates dd/mm/yyyy and amounts 1.234,56', () => {
    expect(date('10/01/2018', 'DataDSU')).toBe('2018-01-10');
    expect(date('2018-01-10', 'DataDSU')).toBe('2018-01-10');
    expect((date('31/02/2018', 'DataDSU') as Error).message).toContain('DataDSU');
    expect(amount('1.234,56', 'ImportoMensile')).toBe('1234.56');
    expect(amount('€ 187,5', 'ImportoMensile')).toBe('187.5');
    expect(amount('abc', 'ImportoMensile')).toBeInstanceOf(Error);
  });

  it('maps M/F and 1/2, yes/no, padded digits', () => {
    expect(sex('m')).toBe('M');
    expect(sex('2')).toBe('F');
    expect(sex('x')).toBeInstanceOf(Error);
    expect(yesNo('1', 'PresaCarico')).toBe(true);
    expect(yesNo('no', 'PresaCarico')).toBe(false);
    expect(digits('3', 2, 'CodiceRegione')).toBe('03');
    expect(digits('15146', 6, 'CodiceComune')).toBe('015146');
  });

  it('maps country names and ISO alpha codes to numeric when unambiguous', () => {
    expect(country('Italia', 'CodiceCittadinanza')).toBe('380');
    expect(country('MA', 'CodiceCittadinanza')).toBe('504');
    expect(country('ROU', 'CodiceCittadinanza')).toBe('642');
    expect(country('Marocco', 'CodiceCittadinanza')).toBe('504');
    expect(country('8', 'CodiceCittadinanza')).toBe('008');
    expect(country('Atlantide', 'CodiceCittadinanza')).toBeInstanceOf(Error);
  });
});
