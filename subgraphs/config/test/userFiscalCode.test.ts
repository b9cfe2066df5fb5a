import { FieldErrors } from '@sisa/kernel';
import { computeFiscalCode } from '@sisa/italia';
import { checkUserFiscalCode } from '../src/domain/identityRules';

const ROSSI = computeFiscalCode({
  lastName: 'Rossi',
  firstName: 'Mario',
  sex: 'M',
  birthDate: '1980-01-01',
  birthPlaceCode: 'F205',
});

function check(value: string | null | undefined) {
  const errors = new FieldErrors();
  const code = checkUserFiscalCode(value, errors, 'input.fiscalCode');
  return { code, errors: errors.list };
}

describe('checkUserFiscalCode', () => {
  it('keeps a valid code upper case without spaces', () => {
    expect(check(` ${ROSSI.slice(0, 8).toLowerCase()} ${ROSSI.slice(8)} `)).toEqual({
      code: ROSSI,
      errors: [],
    });
  });

  it('reads blank, null and absent as no code', () => {
    for (const value of ['', '   ', null, undefined])
      expect(check(value)).toEqual({ code: null, errors: [] });
  });

  it('refuses a wrong check character, a short code and an oversized input, in Italian', () => {
    const wrong = ROSSI.slice(0, 15) + (ROSSI.endsWith('A') ? 'B' : 'A');
    expect(check(wrong).errors).toEqual([
      {
        field: 'input.fiscalCode',
        message: 'Codice fiscale non valido: Carattere di controllo errato',
      },
    ]);
    expect(check('RSSMRA80').errors.map((e) => e.field)).toEqual(['input.fiscalCode']);
    expect(check(' '.repeat(10) + ROSSI + ' '.repeat(30)).errors[0]?.message).toBe(
      'Codice fiscale non valido: troppo lungo',
    );
  });
});
