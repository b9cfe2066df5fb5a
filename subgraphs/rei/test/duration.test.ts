import { benefitPeriod, lastPaidMonth, renewalProblem } from '../src/domain/duration';
import { rules2018 } from './fixtures/parameterSets';

describe('benefit period', () => {
  it('runs 18 months from the month after the application', () => {
    expect(benefitPeriod(rules2018, { submittedAt: '2018-01-10', renewal: false })).toEqual({
      firstMonth: '2018-02',
      lastMonth: '2019-07',
      months: 18,
      explanation:
        'Dal mese successivo alla domanda, febbraio 2018, per 18 mesi: fino a luglio 2019',
    });
    expect(benefitPeriod(rules2018, { submittedAt: '2017-12-31', renewal: false })).toMatchObject({
      firstMonth: '2018-01',
      lastMonth: '2019-06',
    });
  });

  it('deducts the months of SIA already received', () => {
    expect(
      benefitPeriod(rules2018, { submittedAt: '2018-01-10', siaMonthsReceived: 6, renewal: false }),
    ).toMatchObject({ months: 12, lastMonth: '2019-01' });
    expect(
      benefitPeriod(rules2018, {
        submittedAt: '2018-01-10',
        siaMonthsReceived: 18,
        renewal: false,
      }),
    ).toMatchObject({ months: 0, lastMonth: null });
  });

  it('runs 12 months for a renewal', () => {
    expect(benefitPeriod(rules2018, { submittedAt: '2020-01-15', renewal: true })).toMatchObject({
      firstMonth: '2020-02',
      lastMonth: '2021-01',
      months: 12,
    });
  });
});

describe('renewal', () => {
  const ended = {
    status: 'ENDED' as const,
    lastMonth: '2019-07',
    endedOn: '2019-08-01',
    renewalNumber: 0,
  };

  it('is possible 6 months after the last payment', () => {
    expect(renewalProblem(rules2018, ended, '2020-01-01')).toBeNull();
    expect(renewalProblem(rules2018, ended, '2019-12-31')).toBe(
      'Il rinnovo si può chiedere dal 01/01/2020, 6 mesi dopo l’ultimo mese pagato (luglio 2019)',
    );
  });

  it('counts from the month a benefit ended early', () => {
    const early = { ...ended, endedOn: '2018-10-15' };
    expect(lastPaidMonth(early)).toBe('2018-10');
    expect(renewalProblem(rules2018, early, '2019-04-01')).toBeNull();
  });

  it('needs an ended benefit and allows one renewal', () => {
    expect(renewalProblem(rules2018, { ...ended, status: 'ACCEPTED' }, '2020-02-01')).toBe(
      'Si può rinnovare solo un REI concluso',
    );
    expect(renewalProblem(rules2018, { ...ended, renewalNumber: 1 }, '2020-02-01')).toBe(
      'Il REI è già stato rinnovato una volta: non si può rinnovare ancora',
    );
  });
});
