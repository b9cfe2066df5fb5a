import { computeFiscalCode, fiscalCodeCheckCharacter } from '@sisa/italia';
import { checkSubjectInput, type SubjectInput } from '../src/domain/subjectRules';

const TODAY = '2018-06-15';
const person = {
  lastName: 'Esposito',
  firstName: 'Nicolò',
  sex: 'M' as const,
  birthDate: '1975-03-08',
  birthPlaceCode: 'F839',
};
const valid = (over: Partial<SubjectInput> = {}): SubjectInput => ({
  fiscalCode: computeFiscalCode(person),
  ...person,
  citizenshipCode: '380',
  residence: { street: 'Via Roma 1', postalCode: '20121', municipalityCode: '015146' },
  ...over,
});
const fields = (input: SubjectInput) => checkSubjectInput(input, TODAY).errors.map((e) => e.field);

describe('subject rules', () => {
  it('accepts a consistent subject and normalises it', () => {
    const { values, errors } = checkSubjectInput(
      valid({
        fiscalCode: ` ${computeFiscalCode(person).toLowerCase()} `,
        firstName: '  Nicolò ',
        email: ' N.Esposito@Example.IT ',
      }),
      TODAY,
    );
    expect(errors).toEqual([]);
    expect(values).toMatchObject({
      fiscalCode: computeFiscalCode(person),
      firstName: 'Nicolò',
      email: 'n.esposito@example.it',
      residenceMunicipalityCode: '015146',
      residenceCountryCode: '380',
    });
  });

  it('refuses a code with a wrong check character', () => {
    const code = computeFiscalCode(person);
    const wrong = code.slice(0, 15) + (code[15] === 'A' ? 'B' : 'A');
    expect(fields(valid({ fiscalCode: wrong }))).toEqual(['input.fiscalCode']);
  });

  it('refuses numeric codes for people', () => {
    expect(checkSubjectInput(valid({ fiscalCode: '80012345678' }), TODAY).errors[0]?.field).toBe(
      'input.fiscalCode',
    );
  });

  it('reports each datum the code contradicts, in Italian', () => {
    const { errors } = checkSubjectInput(
      valid({ sex: 'F', birthDate: '1975-03-09', birthPlaceCode: 'F205' }),
      TODAY,
    );
    expect(errors).toEqual([
      { field: 'input.sex', message: 'Il sesso non corrisponde al codice fiscale' },
      { field: 'input.birthDate', message: 'La data di nascita non corrisponde al codice fiscale' },
      {
        field: 'input.birthPlaceCode',
        message: 'Il luogo di nascita non corrisponde al codice fiscale',
      },
    ]);
  });

  it('accepts omocodic codes that agree', () => {
    const code = computeFiscalCode(person);
    // Omocodia replaces digits from the right: the last digit of the place code becomes a letter.
    const digitToLetter = 'LMNPQRSTUV';
    const omocode = code.slice(0, 14) + digitToLetter[Number(code[14])]!;
    const full = omocode + fiscalCodeCheckCharacter(omocode);
    expect(checkSubjectInput(valid({ fiscalCode: full }), TODAY).errors).toEqual([]);
  });

  it('knows birth places: comuni (also soppressed) and foreign countries', () => {
    const abroad = { ...person, birthPlaceCode: 'Z404' };
    expect(
      checkSubjectInput(
        valid({ ...abroad, fiscalCode: computeFiscalCode(abroad), citizenshipCode: '840' }),
        TODAY,
      ).errors,
    ).toEqual([]);
    expect(fields(valid({ birthPlaceCode: 'Z999' }))).toContain('input.birthPlaceCode');
  });

  it('checks citizenship and residence against the reference data', () => {
    expect(fields(valid({ citizenshipCode: '999' }))).toEqual(['input.citizenshipCode']);
    expect(fields(valid({ residence: { municipalityCode: '999999' } }))).toEqual([
      'input.residence.municipalityCode',
    ]);
    expect(fields(valid({ residence: { street: 'Via Roma' } }))).toEqual([
      'input.residence.municipalityCode',
    ]);
    expect(
      fields(valid({ residence: { municipalityCode: '015146', postalCode: '2012' } })),
    ).toEqual(['input.residence.postalCode']);
    expect(
      fields(valid({ residence: { countryCode: '250', municipalityCode: '015146' } })),
    ).toEqual(['input.residence.municipalityCode']);
    expect(
      checkSubjectInput(
        valid({ residence: { countryCode: '250', street: '1 rue de Rivoli' } }),
        TODAY,
      ).values,
    ).toMatchObject({
      residenceCountryCode: '250',
      residenceMunicipalityCode: null,
    });
  });

  it('requires names and a birth date that is not in the future', () => {
    expect(fields(valid({ firstName: '  ', lastName: '' }))).toEqual([
      'input.firstName',
      'input.lastName',
    ]);
    const unborn = { ...person, birthDate: '2019-01-01' };
    expect(fields(valid({ ...unborn, fiscalCode: computeFiscalCode(unborn) }))).toContain(
      'input.birthDate',
    );
  });

  it('checks phone and email when given', () => {
    expect(fields(valid({ phone: 'abc', email: 'no-at-sign' }))).toEqual([
      'input.phone',
      'input.email',
    ]);
    expect(fields(valid({ phone: '+39 02 1234567', email: null }))).toEqual([]);
  });
});
