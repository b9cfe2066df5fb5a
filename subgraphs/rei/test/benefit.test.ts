import { computeBenefit } from '../src/domain/benefit';
import { rules2017, rules2018, rules2018With } from './fixtures/parameterSets';

const maximum = (rules: typeof rules2018, householdSize: number) =>
  computeBenefit(rules, { householdSize, isr: '0' }).monthlyAmount;

describe('REI benefit: published maximum monthly amounts (ISR 0, no other benefits)', () => {
  it.each([
    [1, '187.50'],
    [2, '294.38'],
    [3, '382.50'],
    [4, '461.25'],
    // Published 534.37: HALF_EVEN gives 534.38 for 534.375, the table's known deviation (docs/domain/REI.md).
    [5, '534.38'],
    [6, '539.82'],
    [7, '539.82'],
    [10, '539.82'],
  ])('2018 rules, %i members: %s', (members, expected) => {
    expect(maximum(rules2018, members)).toBe(expected);
  });

  it.each([
    [1, '187.50'],
    [2, '294.38'],
    [3, '382.50'],
    [4, '461.25'],
    [5, '485.41'],
    [6, '485.41'],
  ])('2017 rules, %i members: %s', (members, expected) => {
    expect(maximum(rules2017, members)).toBe(expected);
  });

  it('reproduces the published 534.37 only when the rounding parameter truncates', () => {
    expect(maximum(rules2018With({ roundingMode: 'DOWN' }), 5)).toBe('534.37');
    expect(maximum(rules2018With({ roundingMode: 'HALF_UP' }), 5)).toBe('534.38');
  });

  it('gives the published annual thresholds and caps', () => {
    const thresholds = [1, 2, 3, 4, 5].map(
      (n) => computeBenefit(rules2018, { householdSize: n, isr: '0' }).annualThreshold,
    );
    expect(thresholds).toEqual(['2250.00', '3532.50', '4590.00', '5535.00', '6412.50']);
    expect(computeBenefit(rules2018, { householdSize: 6, isr: '0' })).toMatchObject({
      annualThreshold: '7200.00',
      annualCap: '6477.90',
      capApplied: true,
      equivalenceScale: '3.20',
    });
    expect(computeBenefit(rules2017, { householdSize: 5, isr: '0' })).toMatchObject({
      annualCap: '5824.91',
      capApplied: true,
    });
  });
});

describe('REI benefit: ISR, cap order, minimum', () => {
  it('deducts the ISR from the threshold (3 members, ISR 1,800: 232.50)', () => {
    const result = computeBenefit(rules2018, { householdSize: 3, isr: '1800.00' });
    expect(result).toMatchObject({
      annualAmount: '2790.00',
      monthlyAmount: '232.50',
      isr: '1800.00',
      rulesVersion: 'REI-2018',
    });
    expect(result.explanation).toContain('Soglia annua: 3.000,00 € × 0,75 × 2,04 = 4.590,00 €');
    expect(result.explanation).toContain(
      'Soglia meno ISR: 4.590,00 € − 1.800,00 € = 2.790,00 € annui',
    );
  });

  it('gives nothing when the ISR exceeds the threshold (2 members, ISR 3,600)', () => {
    const result = computeBenefit(rules2018, { householdSize: 2, isr: '3600.00' });
    expect(result.monthlyAmount).toBe('0.00');
    expect(result.explanation.join('\n')).toMatch(/la ISR supera la soglia/);
  });

  it('applies the cap after the ISR by default and before it when told (6 members, ISR 500)', () => {
    expect(computeBenefit(rules2018, { householdSize: 6, isr: '500' }).monthlyAmount).toBe(
      '539.82',
    );
    expect(
      computeBenefit(rules2018With({ capOrder: 'BEFORE_ISR' }), { householdSize: 6, isr: '500' })
        .monthlyAmount,
    ).toBe('498.16');
  });

  it('pays nothing below the minimum payable amount', () => {
    const rules = rules2018With({ minimumMonthlyAmount: '40.00' });
    const result = computeBenefit(rules, { householdSize: 1, isr: '1900.00' });
    expect(result.maximumMonthlyAmount).toBe('29.17');
    expect(result.monthlyAmount).toBe('0.00');
    expect(result.explanation.join('\n')).toMatch(/sotto l’importo minimo erogabile di 40,00 €/);
  });
});

describe('REI benefit: other means-tested benefits (art. 4 co. 2)', () => {
  it('deducts a monthly benefit (4 members, ISR 2,400, 80.00 a month: 181.25)', () => {
    const result = computeBenefit(rules2018, {
      householdSize: 4,
      isr: '2400',
      otherBenefits: [
        { description: 'Contributo affitto', amount: '80.00', kind: 'MONTHLY', meansTested: true },
      ],
    });
    expect(result).toMatchObject({ otherBenefitsMonthly: '80.00', monthlyAmount: '181.25' });
  });

  it('counts a periodic payment pro rata over its months', () => {
    const result = computeBenefit(rules2018, {
      householdSize: 1,
      isr: '0',
      otherBenefits: [
        {
          description: 'Assegno trimestrale',
          amount: '300.00',
          kind: 'PERIODIC',
          months: 3,
          meansTested: true,
        },
      ],
    });
    expect(result).toMatchObject({ otherBenefitsMonthly: '100.00', monthlyAmount: '87.50' });
    expect(result.explanation).toContain(
      'Assegno trimestrale: 300,00 € per 3 mesi = 100,00 € al mese',
    );
  });

  it('spreads the 13th over the 12 following months (2 members, 100 a month plus a 13th of 100 in December)', () => {
    const benefits = [
      {
        description: 'Assegno mensile',
        amount: '100.00',
        kind: 'MONTHLY' as const,
        meansTested: true,
      },
      {
        description: 'Tredicesima',
        amount: '100.00',
        kind: 'ONE_OFF' as const,
        paidMonth: '2017-12',
        meansTested: true,
      },
    ];
    const january = computeBenefit(rules2018, {
      householdSize: 2,
      isr: '0',
      otherBenefits: benefits,
      month: '2018-01',
    });
    // docs/domain/REI.md: round2(annual / 12) − other benefits per month = 294.38 − 108.33.
    expect(january).toMatchObject({
      maximumMonthlyAmount: '294.38',
      otherBenefitsMonthly: '108.33',
      monthlyAmount: '186.05',
    });
    const december = computeBenefit(rules2018, {
      householdSize: 2,
      isr: '0',
      otherBenefits: benefits,
      month: '2018-12',
    });
    expect(december.otherBenefitsMonthly).toBe('108.33');
    const nextJanuary = computeBenefit(rules2018, {
      householdSize: 2,
      isr: '0',
      otherBenefits: benefits,
      month: '2019-01',
    });
    expect(nextJanuary.otherBenefitsMonthly).toBe('100.00');
    const sameMonth = computeBenefit(rules2018, {
      householdSize: 2,
      isr: '0',
      otherBenefits: benefits,
      month: '2017-12',
    });
    expect(sameMonth.otherBenefitsMonthly).toBe('100.00');
  });

  it('never deducts a benefit without a means test (indennità di accompagnamento)', () => {
    const result = computeBenefit(rules2018, {
      householdSize: 2,
      isr: '0',
      otherBenefits: [
        {
          description: 'Indennità di accompagnamento',
          amount: '516.35',
          kind: 'MONTHLY',
          meansTested: false,
        },
      ],
    });
    expect(result.monthlyAmount).toBe('294.38');
    expect(result.explanation).toContain(
      'Indennità di accompagnamento: non soggetto alla prova dei mezzi, non riduce il REI',
    );
  });

  it('floors at zero when the other benefits exceed the benefit, and adds a monthly shortcut', () => {
    const result = computeBenefit(rules2018, {
      householdSize: 1,
      isr: '0',
      otherBenefitsMonthly: '200.00',
    });
    expect(result).toMatchObject({ otherBenefitsMonthly: '200.00', monthlyAmount: '0.00' });
  });

  it('keeps amounts exact: 0.10 + 0.20 is 0.30', () => {
    const result = computeBenefit(rules2018, {
      householdSize: 1,
      isr: '0',
      otherBenefits: [
        { description: 'A', amount: '0.10', kind: 'MONTHLY', meansTested: true },
        { description: 'B', amount: '0.20', kind: 'MONTHLY', meansTested: true },
      ],
    });
    expect(result.otherBenefitsMonthly).toBe('0.30');
    expect(result.monthlyAmount).toBe('187.20');
  });
});

describe('REI benefit explanation', () => {
  it('reads like the caseworker example', () => {
    const { explanation } = computeBenefit(rules2018, { householdSize: 6, isr: '0' });
    expect(explanation[0]).toBe('Regole REI-2018, in vigore dal 01/01/2018 al 31/12/2018');
    expect(explanation[1]).toBe(
      'Nucleo di 6 componenti: scala di equivalenza 2,85 + 0,35 × 1 = 3,20 (senza maggiorazioni)',
    );
    expect(explanation).toContain(
      'Massimale annuo: assegno sociale 5.889,00 € × 1,10 = 6.477,90 €',
    );
    expect(explanation).toContain(
      'Importo mensile: 6.477,90 € ÷ 12 = 539,825 € arrotondato al centesimo, con la metà verso la cifra pari: 539,82 €',
    );
    expect(explanation[explanation.length - 1]).toBe('Beneficio mensile: 539,82 €');
  });

  it('shows a repeating monthly amount to three decimals, not forty', () => {
    const { explanation, maximumMonthlyAmount } = computeBenefit(rules2018, {
      householdSize: 1,
      isr: '160',
    });
    const line = explanation.find((l) => l.startsWith('Importo mensile'));
    expect(line).toBe(
      'Importo mensile: 2.090,00 € ÷ 12 = 174,166… € arrotondato al centesimo, con la metà verso la cifra pari: 174,17 €',
    );
    expect(maximumMonthlyAmount).toBe('174.17');
  });
});
