import {
  checkFiscalCode,
  fiscalCodeBase,
  fiscalCodeCheckCharacter,
  isSiussSchemaCompatible,
  OMOCODE_LETTERS,
  OMOCODE_POSITIONS,
  omocodeVariants,
} from '../src';

const REF = { referenceDate: '2026-11-26' };
const BASE = 'RSSMRA80A01F205X';

/** Replaces the digit at a 0-based position with its omocode letter and fixes the check character. */
function omocode(code: string, positions: number[]): string {
  const chars = code.slice(0, 15).split('');
  for (const p of positions) chars[p] = OMOCODE_LETTERS.charAt(Number(chars[p]));
  const first15 = chars.join('');
  return first15 + fiscalCodeCheckCharacter(first15);
}

describe('omocodia in checkFiscalCode', () => {
  it.each(OMOCODE_POSITIONS.map((p) => [p + 1, p]))(
    'accepts a letter in position %i and decodes the same data',
    (_position, index) => {
      const code = omocode(BASE, [index]);
      expect(code).not.toBe(BASE);
      expect(checkFiscalCode(code, REF)).toMatchObject({
        valid: true,
        decoded: { birthDate: '1980-01-01', sex: 'M', birthPlaceCode: 'F205', omocode: true },
      });
    },
  );

  it('accepts letters in several positions at once, in any combination', () => {
    for (const positions of [
      [6, 9],
      [7, 13],
      [6, 7, 9, 10],
      [12, 13, 14],
      [...OMOCODE_POSITIONS],
    ]) {
      const check = checkFiscalCode(omocode(BASE, positions), REF);
      expect(check.valid).toBe(true);
      expect(check.decoded).toEqual({
        birthDate: '1980-01-01',
        sex: 'M',
        birthPlaceCode: 'F205',
        omocode: true,
      });
    }
  });

  it('decodes a woman’s day written in letters', () => {
    const woman = 'RSSMRA80A41F205' + fiscalCodeCheckCharacter('RSSMRA80A41F205');
    expect(checkFiscalCode(omocode(woman, [9, 10]), REF).decoded).toMatchObject({
      birthDate: '1980-01-01',
      sex: 'F',
    });
  });

  it('refuses omocode letters outside the seven positions and wrong letters inside them', () => {
    expect(checkFiscalCode('RSSMRA80A01F205X'.replace('A01', 'L01'), REF).valid).toBe(false);
    const wrongLetter = 'RSSMRA8AA01F205';
    expect(checkFiscalCode(wrongLetter + fiscalCodeCheckCharacter(wrongLetter), REF).valid).toBe(
      false,
    );
  });

  it('reports a wrong check character on omocodic codes', () => {
    const code = omocode(BASE, [14]);
    const wrong = code.slice(0, 15) + (code.endsWith('A') ? 'B' : 'A');
    expect(checkFiscalCode(wrong, REF).error).toBe('Carattere di controllo errato');
  });
});

describe('omocodeVariants', () => {
  it('lists the seven variants in the order they are assigned', () => {
    const variants = omocodeVariants(BASE);
    expect(variants).toEqual([
      'RSSMRA80A01F20RS',
      'RSSMRA80A01F2LRD',
      'RSSMRA80A01FNLRS',
      'RSSMRA80A0MFNLRK',
      'RSSMRA80ALMFNLRV',
      'RSSMRA8LALMFNLRG',
      'RSSMRAULALMFNLRD',
    ]);
    for (const variant of variants)
      expect(checkFiscalCode(variant, REF).decoded?.birthDate).toBe('1980-01-01');
  });

  it('gives the same variants from any variant, and nothing for other input', () => {
    expect(omocodeVariants('rssmra80a0mfnlrk')).toEqual(omocodeVariants(BASE));
    expect(omocodeVariants('07643520567')).toEqual([]);
    expect(omocodeVariants('not a code')).toEqual([]);
  });
});

describe('fiscalCodeBase', () => {
  it('undoes omocodia and recomputes the check character', () => {
    for (const variant of omocodeVariants(BASE)) expect(fiscalCodeBase(variant)).toBe(BASE);
    expect(fiscalCodeBase(' rssmra80a01f205x ')).toBe(BASE);
    expect(fiscalCodeBase('07643520567')).toBe('07643520567');
  });
});

describe('isSiussSchemaCompatible', () => {
  it('follows the XSD pattern: letters only in the place number', () => {
    expect(isSiussSchemaCompatible('RSSMRA80A01F205X')).toBe(true);
    expect(isSiussSchemaCompatible('RSSMRK66C14H5LMU')).toBe(true);
    expect(isSiussSchemaCompatible('RSSMRA80A01FNLRS')).toBe(true);
    expect(isSiussSchemaCompatible('RSSMRKSRC14H501U')).toBe(false);
    expect(isSiussSchemaCompatible('RSSMRK66C1QH501U')).toBe(false);
    expect(isSiussSchemaCompatible('RSSMRAULALMFNLRD')).toBe(false);
  });

  it('accepts lower case and 11 digits with up to five trailing spaces, as the XSD does', () => {
    expect(isSiussSchemaCompatible('rssmra80a01f205x')).toBe(true);
    expect(isSiussSchemaCompatible('07643520567')).toBe(true);
    expect(isSiussSchemaCompatible('07643520567     ')).toBe(true);
    expect(isSiussSchemaCompatible('07643520567      ')).toBe(false);
    expect(isSiussSchemaCompatible(' RSSMRA80A01F205X')).toBe(false);
    expect(isSiussSchemaCompatible('')).toBe(false);
  });

  it('flags valid codes that INPS would refuse', () => {
    const code = omocodeVariants(BASE)[5] ?? '';
    expect(checkFiscalCode(code, REF).valid).toBe(true);
    expect(isSiussSchemaCompatible(code)).toBe(false);
  });
});
