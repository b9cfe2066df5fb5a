import { benefitFromIntervention } from '../src/services/reiExtraction';
import { validateBenefit } from '../src/domain/validation';

describe('benefitFromIntervention', () => {
  const base = {
    id: 'i1',
    protocolNumber: 'REI-2018-000123',
    beneficiaryId: 's1',
    beneficiaryFiscalCode: 'rssmra80a01f205x',
    serviceCode: 'a1.04',
    serviceName: 'Contributi economici a integrazione del reddito familiare',
    amount: null,
    months: 11,
    paymentDate: null,
    dsuProtocol: 'INPS-ISEE-2018-00000001A-00',
    dsuYear: 2018,
    dsuDate: '2018-01-10',
    removed: false,
  };

  it('maps a periodic REI intervention to an ISEE benefit taken in charge in the poverty area', () => {
    const data = benefitFromIntervention({
      ...base,
      periodic: true,
      monthlyAmount: '187.50',
      startDate: '2018-02-01',
      endDate: '2018-12-31',
    });
    expect(data).toMatchObject({
      fiscalCode: 'RSSMRA80A01F205X',
      meansTest: 'ISEE',
      character: 'PERIODIC',
      serviceCode: 'A1.04',
      takenInCharge: true,
      userArea: 'POVERTY_AND_EXCLUSION',
      months: 11,
    });
    expect(
      validateBenefit({
        ...data,
        lastName: 'ROSSI',
        firstName: 'MARIO',
        birthYear: 1980,
        birthPlaceCode: 'F205',
        sex: 'M',
        citizenshipCode: '380',
        regionCode: '03',
        municipalityCode: '015146',
      }),
    ).toEqual([]);
  });

  it('maps a one-off payment to an occasional benefit', () => {
    const data = benefitFromIntervention({
      ...base,
      periodic: false,
      amount: '300.00',
      monthlyAmount: null,
      startDate: '2018-03-01',
      endDate: null,
      paymentDate: '2018-03-05',
    });
    expect(data).toMatchObject({
      character: 'OCCASIONAL',
      amount: '300.00',
      paymentDate: '2018-03-05',
      startDate: null,
    });
  });

  it('keeps the protocol as REI has it: a longer one than INPS takes is flagged, never cut', () => {
    const protocolNumber = `REI-2018-${'7'.repeat(60)}`;
    const data = benefitFromIntervention({
      ...base,
      protocolNumber,
      periodic: false,
      amount: '300.00',
      monthlyAmount: null,
      startDate: '2018-03-01',
      endDate: null,
      paymentDate: '2018-03-05',
    });
    expect(data.requestProtocol).toBe(protocolNumber);
    expect(validateBenefit(data).map((i) => i.field)).toContain('requestProtocol');
  });
});
