import { computeBenefit } from '../src/domain/benefit';
import { applicationBenefit, rulesForMonth } from '../src/domain/benefitSchedule';
import { benefitPeriod } from '../src/domain/duration';
import { rules2017, rules2018, rules2019, rules2020 } from './fixtures/parameterSets';

const ALL = [rules2017, rules2018, rules2019, rules2020];

function benefitOf(submittedAt: string, input: Parameters<typeof applicationBenefit>[2]) {
  const application = rulesForMonth(ALL, submittedAt.slice(0, 7), rules2017);
  const period = benefitPeriod(application, { submittedAt, renewal: false });
  return applicationBenefit(ALL, application, input, period);
}

describe('REI benefit month by month', () => {
  it('pays an application of December 2017 from January 2018 with the 2018 rules', () => {
    const benefit = benefitOf('2017-12-15', { householdSize: 6, isr: '0' });
    expect(benefit.rulesVersion).toBe('REI-2018');
    expect(benefit.monthlyAmount).toBe('539.82'); // 2017 rules would give 485.41
    expect(benefit.explanation).toContain(
      'La domanda è valutata con le regole REI-2017 (data di presentazione); il beneficio di ogni mese con quelle in vigore in quel mese',
    );
    expect(benefit.schedule).toHaveLength(18);
    expect(benefit.schedule![0]).toEqual({
      month: '2018-01',
      rulesVersion: 'REI-2018',
      maximumMonthlyAmount: '539.82',
      otherBenefitsMonthly: '0.00',
      monthlyAmount: '539.82',
    });
    expect(benefit.schedule!.at(-1)).toMatchObject({ month: '2019-06', rulesVersion: 'REI-2019' });
  });

  it('follows the revaluations of 2019 and 2020 (cap 6,549.25 and 6,575.56 a year)', () => {
    expect(computeBenefit(rules2020, { householdSize: 6, isr: '0' }).annualCap).toBe('6575.56');
    expect(computeBenefit(rules2019, { householdSize: 6, isr: '0' }).annualCap).toBe('6549.25');
    const benefit = benefitOf('2018-11-15', { householdSize: 6, isr: '0' });
    const amounts = Object.fromEntries(benefit.schedule!.map((m) => [m.month, m.monthlyAmount]));
    expect(amounts).toMatchObject({
      '2018-12': '539.82',
      '2019-01': '545.77',
      '2019-12': '545.77',
      '2020-01': '547.96',
      '2020-05': '547.96',
    });
    expect(benefit.schedule).toHaveLength(18);
    expect(benefit.explanation).toContain('Da gennaio 2019: 545,77 € al mese (regole REI-2019)');
    expect(benefit.explanation).toContain('Da gennaio 2020: 547,96 € al mese (regole REI-2020)');
  });

  it('counts a one-off payment only in the 12 months after the month it was paid', () => {
    const benefit = benefitOf('2018-01-20', {
      householdSize: 1,
      isr: '0',
      otherBenefits: [
        {
          description: 'Contributo una tantum',
          amount: '1200.00',
          kind: 'ONE_OFF',
          paidMonth: '2018-03',
          meansTested: true,
        },
      ],
    });
    const others = Object.fromEntries(
      benefit.schedule!.map((m) => [m.month, [m.otherBenefitsMonthly, m.monthlyAmount]]),
    );
    expect(others['2018-02']).toEqual(['0.00', '187.50']);
    expect(others['2018-03']).toEqual(['0.00', '187.50']);
    expect(others['2018-04']).toEqual(['100.00', '87.50']);
    expect(others['2019-03']).toEqual(['100.00', '87.50']);
    expect(others['2019-04']).toEqual(['0.00', '187.50']);
    expect(benefit.monthlyAmount).toBe('187.50');
  });

  it('has no schedule when no month is left to pay', () => {
    const period = { firstMonth: '2018-02', lastMonth: null, explanation: 'Nessun mese di REI' };
    const benefit = applicationBenefit(ALL, rules2018, { householdSize: 1, isr: '0' }, period);
    expect(benefit.schedule).toEqual([]);
    expect(benefit.monthlyAmount).toBe('187.50');
  });
});
