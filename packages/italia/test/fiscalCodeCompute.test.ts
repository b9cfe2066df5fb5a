import {
  checkFiscalCode,
  computeFiscalCode,
  firstNameCode,
  fiscalCodeMismatches,
  lastNameCode,
  omocodeVariants,
} from '../src';

describe('lastNameCode', () => {
  it.each([
    ['Rossi', 'RSS'],
    ['Bianchi', 'BNC'],
    ['Fo', 'FOX'],
    ['Oe', 'OEX'],
    ['Re', 'REX'],
    ['Hu', 'HUX'],
    ['De Niro', 'DNR'],
    ["D'Amico", 'DMC'],
    ['Àlvarez-Núñez', 'LVR'],
    ['Yang', 'YNG'],
    ['Aiello', 'LLA'],
    ['Weiß', 'WSS'],
  ])('%s → %s', (name, code) => {
    expect(lastNameCode(name)).toBe(code);
  });
});

describe('firstNameCode', () => {
  it.each([
    ['Mario', 'MRA'],
    ['Gianfranco', 'GFR'],
    ['Francesca', 'FNC'],
    ['Alberto', 'LRT'],
    ['Luca', 'LCU'],
    ['Ugo', 'GUO'],
    ['Ea', 'EAX'],
    ['Nicolò', 'NCL'],
    ['Maria Teresa', 'MTR'],
    ['Anna', 'NNA'],
  ])('%s → %s', (name, code) => {
    expect(firstNameCode(name)).toBe(code);
  });

  it('refuses names without letters', () => {
    expect(() => firstNameCode("' -")).toThrow('Nome senza lettere');
    expect(() => lastNameCode('123')).toThrow('Cognome senza lettere');
  });
});

describe('computeFiscalCode', () => {
  it('computes the standard example', () => {
    expect(
      computeFiscalCode({
        lastName: 'Rossi',
        firstName: 'Mario',
        sex: 'M',
        birthDate: '1980-01-01',
        birthPlaceCode: 'F205',
      }),
    ).toBe('RSSMRA80A01F205X');
  });

  it('adds 40 to the day of women and accepts lower-case place codes', () => {
    expect(
      computeFiscalCode({
        lastName: 'De Niro',
        firstName: 'Gianfranco',
        sex: 'F',
        birthDate: '2000-02-29',
        birthPlaceCode: 'z404',
      }),
    ).toBe('DNRGFR00B69Z404F');
  });

  it('refuses impossible input', () => {
    const person = {
      lastName: 'Rossi',
      firstName: 'Mario',
      sex: 'M' as const,
      birthDate: '1980-01-01',
      birthPlaceCode: 'F205',
    };
    expect(() => computeFiscalCode({ ...person, birthDate: '1981-02-29' })).toThrow(RangeError);
    expect(() => computeFiscalCode({ ...person, birthDate: '01/01/1980' })).toThrow(RangeError);
    expect(() => computeFiscalCode({ ...person, birthPlaceCode: 'F20' })).toThrow(RangeError);
    expect(() => computeFiscalCode({ ...person, sex: 'X' as never })).toThrow(RangeError);
  });

  it('round-trips through checkFiscalCode for many people', () => {
    const people = [
      {
        lastName: 'Esposito',
        firstName: 'Giuseppe',
        sex: 'M',
        birthDate: '1946-06-02',
        birthPlaceCode: 'F839',
      },
      {
        lastName: 'Ferrari',
        firstName: 'Chiara',
        sex: 'F',
        birthDate: '2001-09-11',
        birthPlaceCode: 'H501',
      },
      {
        lastName: 'Bruno',
        firstName: 'Lucia',
        sex: 'F',
        birthDate: '1931-12-31',
        birthPlaceCode: 'I690',
      },
      {
        lastName: 'Ahmed',
        firstName: 'Fatima',
        sex: 'F',
        birthDate: '1990-03-15',
        birthPlaceCode: 'Z330',
      },
      {
        lastName: 'Popescu',
        firstName: 'Ion',
        sex: 'M',
        birthDate: '1975-10-04',
        birthPlaceCode: 'Z129',
      },
      {
        lastName: 'Hoxha',
        firstName: 'Arben',
        sex: 'M',
        birthDate: '1988-05-20',
        birthPlaceCode: 'Z100',
      },
      {
        lastName: 'Smith',
        firstName: 'John',
        sex: 'M',
        birthDate: '1960-07-04',
        birthPlaceCode: 'Z404',
      },
      {
        lastName: 'Li',
        firstName: 'Wei',
        sex: 'F',
        birthDate: '2010-01-31',
        birthPlaceCode: 'Z210',
      },
      {
        lastName: 'Neri',
        firstName: 'Ada',
        sex: 'F',
        birthDate: '1936-02-29',
        birthPlaceCode: 'A012',
      },
    ] as const;
    for (const person of people) {
      const code = computeFiscalCode(person);
      const check = checkFiscalCode(code, { referenceDate: '2026-11-26' });
      expect(check.valid).toBe(true);
      expect(check.decoded).toEqual({
        birthDate: person.birthDate,
        sex: person.sex,
        birthPlaceCode: person.birthPlaceCode,
        omocode: false,
      });
      expect(fiscalCodeMismatches(code, person)).toEqual([]);
    }
  });
});

describe('fiscalCodeMismatches', () => {
  const code = 'RSSMRA80A01F205X';

  it('finds nothing when the declared data agree, or none is given', () => {
    expect(
      fiscalCodeMismatches(code, { sex: 'M', birthDate: '1980-01-01', birthPlaceCode: 'f205' }),
    ).toEqual([]);
    expect(fiscalCodeMismatches(code, {})).toEqual([]);
  });

  it('lists each datum that disagrees', () => {
    expect(fiscalCodeMismatches(code, { sex: 'F' })).toEqual(['sex']);
    expect(fiscalCodeMismatches(code, { birthDate: '1980-01-02' })).toEqual(['birthDate']);
    expect(fiscalCodeMismatches(code, { birthPlaceCode: 'H501' })).toEqual(['birthPlaceCode']);
    expect(
      fiscalCodeMismatches(code, { sex: 'F', birthDate: '1981-01-01', birthPlaceCode: 'H501' }),
    ).toEqual(['sex', 'birthDate', 'birthPlaceCode']);
    expect(fiscalCodeMismatches(code, { birthDate: 'not a date' })).toEqual(['birthDate']);
  });

  it('compares the birth date within the century the code cannot tell', () => {
    const person = {
      lastName: 'Rossi',
      firstName: 'Mario',
      sex: 'M' as const,
      birthPlaceCode: 'F205',
    };
    const old = computeFiscalCode({ ...person, birthDate: '1905-01-01' });
    expect(checkFiscalCode(old, { referenceDate: '2026-11-26' }).decoded?.birthDate).toBe(
      '2005-01-01',
    );
    expect(fiscalCodeMismatches(old, { birthDate: '1905-01-01' })).toEqual([]);
    expect(fiscalCodeMismatches(old, { birthDate: '1906-01-01' })).toEqual(['birthDate']);
  });

  it('reads omocodic codes', () => {
    const variant = omocodeVariants(code)[6] ?? '';
    expect(
      fiscalCodeMismatches(variant, { sex: 'M', birthDate: '1980-01-01', birthPlaceCode: 'F205' }),
    ).toEqual([]);
    expect(fiscalCodeMismatches(variant, { birthPlaceCode: 'F206' })).toEqual(['birthPlaceCode']);
  });

  it('gives nothing for codes that are not valid person codes', () => {
    expect(fiscalCodeMismatches('RSSMRA80A01F205A', { sex: 'F' })).toEqual([]);
    expect(fiscalCodeMismatches('07643520567', { sex: 'F' })).toEqual([]);
  });
});
