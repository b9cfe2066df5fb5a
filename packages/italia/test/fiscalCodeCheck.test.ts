import {
  checkFiscalCode,
  fiscalCodeCheckCharacter,
  normalizeFiscalCode,
  numericFiscalCodeCheckDigit,
  resolveBirthYear,
} from '../src';

// Codes are built here from their first 15 characters so every test states what it changes.
const withCheck = (first15: string) => first15 + fiscalCodeCheckCharacter(first15);
const REF = { referenceDate: '2026-11-26' };

describe('normalizeFiscalCode', () => {
  it('trims, upper-cases and removes every kind of space', () => {
    expect(normalizeFiscalCode(' rssmra 80a01\tf205x\u00a0')).toBe('RSSMRA80A01F205X');
    expect(normalizeFiscalCode('')).toBe('');
  });
});

describe('fiscalCodeCheckCharacter', () => {
  it('computes the check character of the standard example', () => {
    expect(fiscalCodeCheckCharacter('RSSMRA80A01F205')).toBe('X');
    expect(fiscalCodeCheckCharacter('DNRGFR00B69Z404')).toBe('F');
  });

  it('refuses input that is not 15 upper-case letters and digits', () => {
    expect(() => fiscalCodeCheckCharacter('RSSMRA80A01F20')).toThrow(RangeError);
    expect(() => fiscalCodeCheckCharacter('rssmra80a01f205')).toThrow(RangeError);
    expect(() => fiscalCodeCheckCharacter('RSSMRA80A01F20-')).toThrow(RangeError);
  });
});

describe('checkFiscalCode — person codes', () => {
  it('accepts a valid code and decodes it', () => {
    expect(checkFiscalCode('RSSMRA80A01F205X', REF)).toEqual({
      valid: true,
      normalized: 'RSSMRA80A01F205X',
      kind: 'PERSON',
      error: null,
      decoded: { birthDate: '1980-01-01', sex: 'M', birthPlaceCode: 'F205', omocode: false },
    });
  });

  it('accepts lower-case and spaced input, returning the normalized code', () => {
    const check = checkFiscalCode('  rssmra 80a01 f205x ', REF);
    expect(check.valid).toBe(true);
    expect(check.normalized).toBe('RSSMRA80A01F205X');
  });

  it('reports a wrong check character', () => {
    const check = checkFiscalCode('RSSMRA80A01F205A', REF);
    expect(check).toMatchObject({
      valid: false,
      kind: 'PERSON',
      error: 'Carattere di controllo errato',
      decoded: null,
    });
  });

  it('reads women from day + 40', () => {
    const code = withCheck('RSSMRA80A41F205');
    expect(checkFiscalCode(code, REF).decoded).toMatchObject({ birthDate: '1980-01-01', sex: 'F' });
    expect(checkFiscalCode(withCheck('RSSMRA80A71F205'), REF).decoded).toMatchObject({
      birthDate: '1980-01-31',
      sex: 'F',
    });
  });

  it.each([
    ['00', 'day 0'],
    ['32', 'day 32'],
    ['40', 'day 40'],
    ['72', 'day 72'],
    ['99', 'day 99'],
  ])('refuses day %s (%s)', (day) => {
    const check = checkFiscalCode(withCheck(`RSSMRA80A${day}F205`), REF);
    expect(check.valid).toBe(false);
    expect(check.error).toBe(`Giorno di nascita non valido (${day})`);
  });

  it('refuses days that the month does not have', () => {
    expect(checkFiscalCode(withCheck('RSSMRA80B30F205'), REF).error).toBe(
      'Data di nascita inesistente (30/02/80)',
    );
    expect(checkFiscalCode(withCheck('RSSMRA80D31F205'), REF).error).toBe(
      'Data di nascita inesistente (31/04/80)',
    );
    expect(checkFiscalCode(withCheck('RSSMRA80S71F205'), REF).valid).toBe(false);
  });

  it('accepts 29 February only in leap years', () => {
    expect(checkFiscalCode(withCheck('RSSMRA80B29F205'), REF).decoded?.birthDate).toBe(
      '1980-02-29',
    );
    expect(checkFiscalCode(withCheck('RSSMRA00B69F205'), REF).decoded).toMatchObject({
      birthDate: '2000-02-29',
      sex: 'F',
    });
    expect(checkFiscalCode(withCheck('RSSMRA81B29F205'), REF).error).toBe(
      'Data di nascita inesistente (29/02/81)',
    );
  });

  it.each(['F', 'G', 'I', 'J', 'K', 'N', 'O', 'Q', 'U', 'V', 'W', 'X', 'Y', 'Z'])(
    'refuses month letter %s',
    (letter) => {
      expect(checkFiscalCode(withCheck(`RSSMRA80${letter}01F205`), REF).error).toBe(
        `Mese di nascita non valido (lettera ${letter})`,
      );
    },
  );

  it('decodes every month letter', () => {
    'ABCDEHLMPRST'.split('').forEach((letter, index) => {
      const month = String(index + 1).padStart(2, '0');
      expect(checkFiscalCode(withCheck(`RSSMRA80${letter}01F205`), REF).decoded?.birthDate).toBe(
        `1980-${month}-01`,
      );
    });
  });

  it('names the position of a character that is not allowed', () => {
    expect(checkFiscalCode('RSSMR180A01F205X', REF).error).toBe(
      'Carattere "1" non ammesso in posizione 6: è attesa una lettera',
    );
    expect(checkFiscalCode('RSSMRA8AA01F205X', REF).error).toBe(
      'Carattere "A" non ammesso in posizione 8: è attesa una cifra',
    );
    expect(checkFiscalCode('RSSMRA80A01F2051', REF).error).toBe(
      'Carattere "1" non ammesso in posizione 16: è attesa una lettera',
    );
    expect(checkFiscalCode('RSSMRA80A01120SX', REF).kind).toBe('PERSON');
  });

  it('refuses unknown birth places, and knows soppressed comuni and foreign countries', () => {
    expect(checkFiscalCode(withCheck('RSSMRA80A01Z999'), REF).error).toBe(
      'Luogo di nascita sconosciuto (codice Z999)',
    );
    expect(checkFiscalCode(withCheck('RSSMRA80A01A000'), REF).error).toBe(
      'Luogo di nascita sconosciuto (codice A000)',
    );
    expect(checkFiscalCode(withCheck('RSSMRA25A01A012'), REF).decoded?.birthPlaceCode).toBe('A012'); // Abetone, soppressed 2017
    expect(checkFiscalCode(withCheck('MRTMTT85D09Z210'), REF).decoded?.birthPlaceCode).toBe('Z210');
    expect(checkFiscalCode(withCheck('MRTMTT60D09Z118'), REF).valid).toBe(true); // Yugoslavia
  });

  it('resolves the century against the reference date', () => {
    expect(checkFiscalCode(withCheck('RSSMRA05A01F205'), REF).decoded?.birthDate).toBe(
      '2005-01-01',
    );
    expect(checkFiscalCode(withCheck('RSSMRA26L01F205'), REF).decoded?.birthDate).toBe(
      '2026-07-01',
    );
    expect(checkFiscalCode(withCheck('RSSMRA26T01F205'), REF).decoded?.birthDate).toBe(
      '1926-12-01',
    );
    expect(
      checkFiscalCode(withCheck('RSSMRA05A01F205'), { referenceDate: '2004-06-30' }).decoded
        ?.birthDate,
    ).toBe('1905-01-01');
  });
});

describe('resolveBirthYear', () => {
  it('takes the most recent year not in the future', () => {
    expect(resolveBirthYear(5, 1, 1, '2026-11-26')).toBe(2005);
    expect(resolveBirthYear(80, 1, 1, '2026-11-26')).toBe(1980);
    expect(resolveBirthYear(26, 11, 26, '2026-11-26')).toBe(2026);
    expect(resolveBirthYear(26, 11, 27, '2026-11-26')).toBe(1926);
    expect(resolveBirthYear(99, 12, 31, '2000-01-01')).toBe(1999);
  });

  it('moves a 29 February to a century where it exists', () => {
    expect(resolveBirthYear(0, 2, 29, '2101-01-01')).toBe(2000);
    expect(resolveBirthYear(4, 2, 29, '2026-11-26')).toBe(2004);
  });

  it('defaults to today in Italy', () => {
    const thisYear = new Date().getUTCFullYear();
    expect(resolveBirthYear(thisYear % 100, 1, 1)).toBeLessThanOrEqual(thisYear);
  });
});

describe('checkFiscalCode — numeric codes', () => {
  it.each(['00743110157', '07643520567', '80016350821', '12345678903'])('accepts %s', (code) => {
    expect(checkFiscalCode(code)).toEqual({
      valid: true,
      normalized: code,
      kind: 'NUMERIC',
      error: null,
      decoded: null,
    });
  });

  it('reports a wrong check digit', () => {
    expect(checkFiscalCode('07643520568')).toMatchObject({
      valid: false,
      kind: 'NUMERIC',
      error: 'Cifra di controllo errata',
    });
  });

  it('accepts spaces inside and refuses all zeros', () => {
    expect(checkFiscalCode(' 0764 3520 567 ').valid).toBe(true);
    expect(checkFiscalCode('00000000000').error).toBe('Codice fiscale numerico non valido');
  });

  it('computes the check digit', () => {
    expect(numericFiscalCodeCheckDigit('0764352056')).toBe('7');
    expect(() => numericFiscalCodeCheckDigit('076435205')).toThrow(RangeError);
  });
});

describe('checkFiscalCode — other input', () => {
  it.each([
    ['', 'Codice fiscale mancante'],
    ['   ', 'Codice fiscale mancante'],
    ['1234567890', 'Il codice fiscale numerico deve avere 11 cifre (ne ha 10)'],
    [
      'RSSMRA80A01F205',
      'Il codice fiscale deve avere 16 caratteri, o 11 cifre se numerico (ne ha 15)',
    ],
    [
      'RSSMRA80A01F205XY',
      'Il codice fiscale deve avere 16 caratteri, o 11 cifre se numerico (ne ha 17)',
    ],
    ['RSSMRA80A01F2-5X', 'Il codice fiscale può contenere solo lettere e cifre'],
  ])('%j → %s', (input, error) => {
    expect(checkFiscalCode(input)).toMatchObject({
      valid: false,
      kind: null,
      error,
      decoded: null,
    });
  });
});
