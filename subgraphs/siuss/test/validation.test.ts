import { validateBenefit } from '../src/domain/validation';
import { occasionalBenefit, periodicBenefit, SINBA_SAMPLE } from './fixtures/benefits';

const fields = (issues: { field: string }[]) => issues.map((i) => i.field);
const SERVICES = new Set(['A1.04', 'A1.06', 'A2.16']);

describe('validateBenefit', () => {
  it('accepts complete periodic and occasional records', () => {
    expect(validateBenefit(periodicBenefit(), { serviceCodes: SERVICES })).toEqual([]);
    expect(validateBenefit(occasionalBenefit(), { serviceCodes: SERVICES })).toEqual([]);
  });

  it('makes a record with an unreadable character (U+FFFD) invalid, naming the attribute', () => {
    const issues = validateBenefit(
      periodicBenefit({ lastName: 'COST\uFFFD', requestProtocol: 'PG\uFFFD1' }),
      { serviceCodes: SERVICES },
    );
    expect(issues).toEqual([
      {
        field: 'lastName',
        message: expect.stringContaining('Cognome contiene un carattere non leggibile'),
      },
      {
        field: 'requestProtocol',
        message: expect.stringContaining('salvare il file in UTF-8 o Windows-1252'),
      },
    ]);
  });

  it('needs start date and a positive monthly amount for periodic benefits', () => {
    const issues = validateBenefit(periodicBenefit({ startDate: null, monthlyAmount: '0' }));
    expect(fields(issues)).toEqual(expect.arrayContaining(['startDate', 'monthlyAmount']));
    expect(issues.find((i) => i.field === 'monthlyAmount')!.message).toContain('ImportoMensile');
  });

  it('needs payment date and a positive amount for occasional benefits', () => {
    expect(fields(validateBenefit(occasionalBenefit({ paymentDate: null, amount: '-5' })))).toEqual(
      ['paymentDate', 'amount'],
    );
  });

  it('wants the DSU triplet all or none, and only for ISEE benefits', () => {
    expect(fields(validateBenefit(periodicBenefit({ dsuDate: null })))).toEqual(['dsuProtocol']);
    const issues = validateBenefit(periodicBenefit({ meansTest: 'NONE' }));
    expect(issues[0]!.message).toContain('PresenzaProvaMezzi 1');
  });

  it('wants AreaUtenza with PresaCarico and A2.16–A2.29 only with PresaCarico', () => {
    expect(fields(validateBenefit(periodicBenefit({ userArea: null })))).toEqual(['userArea']);
    const issues = validateBenefit(
      occasionalBenefit({
        serviceCode: 'A2.16',
        serviceName: 'Interventi di supporto per reperimento alloggi',
      }),
    );
    expect(fields(issues)).toEqual(['takenInCharge']);
  });

  it('checks that shares add up to the monthly or one-off amount', () => {
    expect(validateBenefit(periodicBenefit({ entityShare: '150.00', userShare: '37.50' }))).toEqual(
      [],
    );
    const issues = validateBenefit(periodicBenefit({ entityShare: '150.00', userShare: '30' }));
    expect(issues[0]!.message).toContain('187.50');
  });

  it('checks lengths of names, service name and protocol as the XSD does', () => {
    const issues = validateBenefit(
      periodicBenefit({ lastName: 'X'.repeat(37), serviceName: 'Breve', requestProtocol: '' }),
    );
    expect(fields(issues)).toEqual(['lastName', 'serviceName', 'requestProtocol']);
    expect(issues[1]!.message).toContain('DenominazionePrestazione');
  });

  it('reports omocodic fiscal codes the INPS schema refuses, and wrong check characters', () => {
    const omocode = validateBenefit(periodicBenefit({ fiscalCode: 'RSSMRA8LA01F205I' }));
    expect(omocode[0]).toMatchObject({ field: 'fiscalCode' });
    expect(omocode[0]!.message).toContain('omocodico');
    expect(fields(validateBenefit(periodicBenefit({ fiscalCode: 'RSSMRA80A01F205Y' })))).toEqual([
      'fiscalCode',
    ]);
  });

  it('needs region and comune for residents in Italy, consistent with each other', () => {
    expect(
      fields(validateBenefit(periodicBenefit({ regionCode: null, municipalityCode: null }))),
    ).toEqual(['residence.regionCode', 'residence.municipalityCode']);
    expect(validateBenefit(periodicBenefit({ regionCode: '12' }))[0]!.message).toContain('Milano');
    expect(
      validateBenefit(
        periodicBenefit({ countryCode: '250', regionCode: null, municipalityCode: null }),
      ),
    ).toEqual([]);
  });

  it('refuses service codes outside the tenant list', () => {
    expect(
      validateBenefit(periodicBenefit({ serviceCode: 'A9.99' }), { serviceCodes: SERVICES })[0]!
        .message,
    ).toContain('siuss_service');
  });

  it('checks SINA and SINBA data against their coded lists', () => {
    const sina = {
      mobility: 1,
      dailyActivities: 4,
      behaviouralDisorders: 1,
      incomeArea: 1,
      supportArea: 1,
      assessmentSource: 1,
      assessmentTool: 1,
      civilDisabilities: [9],
    };
    expect(fields(validateBenefit(periodicBenefit({ sina })))).toEqual([
      'sina.dailyActivities',
      'sina.civilDisabilities',
    ]);
    expect(validateBenefit(periodicBenefit({ sinba: SINBA_SAMPLE }))).toEqual([]);
    const sinba = {
      ...SINBA_SAMPLE,
      LuogoVita: '9',
      DataPrimaSegnalazione: '2018-01',
      CodiceRegioneResidenza: null,
    };
    expect(fields(validateBenefit(periodicBenefit({ sinba })))).toEqual([
      'sinba.LuogoVita',
      'sinba.DataPrimaSegnalazione',
      'sinba.CodiceRegioneResidenza',
    ]);
  });
});
