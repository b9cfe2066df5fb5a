import { parameterSetFor, readReiParameterSet, ReiParameterError } from '../src/domain/parameters';
import { REI_2017, REI_2018, rules2018 } from './fixtures/parameterSets';

describe('REI parameter sets', () => {
  it('reads every value of the shape, with defaults for the optional ones', () => {
    expect(rules2018.scale.map((d) => d.toFixed(2))).toEqual([
      '1.00',
      '1.57',
      '2.04',
      '2.46',
      '2.85',
    ]);
    expect(rules2018).toMatchObject({
      code: 'REI-2018',
      capOrder: 'AFTER_ISR',
      roundingMode: 'HALF_EVEN',
      durationMonths: 18,
      renewalGapMonths: 6,
      renewalMonths: 12,
      maxRenewals: 1,
      residenceYears: 2,
      vehicleMonths: 24,
      familyCompositionRequiredUntil: '2018-05-31',
      deadlines: {
        sendToInpsWorkingDays: 15,
        inpsAnswerWorkingDays: 5,
        preliminaryAssessmentDays: 25,
        projectSignatureWorkingDays: 20,
      },
    });
    expect(rules2018.annualAssegnoSociale.toFixed(2)).toBe('5889.00');
  });

  it('accepts JSON numbers as well as decimal strings', () => {
    const read = readReiParameterSet({
      ...REI_2018,
      values: { ...REI_2018.values, capFactor: 1.1 },
    });
    expect(read.capFactor.toFixed(2)).toBe('1.10');
  });

  it('refuses a set with any wrong value, listing every problem', () => {
    const broken = {
      ...REI_2018,
      values: {
        ...REI_2018.values,
        scale: 'uno',
        capOrder: 'SOMETIMES',
        deadlines: { sendToInpsWorkingDays: -1 },
      },
    };
    expect(() => readReiParameterSet(broken)).toThrow(ReiParameterError);
    try {
      readReiParameterSet(broken);
    } catch (error) {
      const problems = (error as ReiParameterError).problems.join('\n');
      expect(problems).toMatch(/scale/);
      expect(problems).toMatch(/capOrder/);
      expect(problems).toMatch(/sendToInpsWorkingDays/);
      expect(problems).toMatch(/inpsAnswerWorkingDays/);
    }
  });

  it('picks the set by the submission date', () => {
    const sets = [REI_2017, REI_2018];
    expect(parameterSetFor(sets, '2017-12-15')?.code).toBe('REI-2017');
    expect(parameterSetFor(sets, '2017-12-31')?.code).toBe('REI-2017');
    expect(parameterSetFor(sets, '2018-01-01')?.code).toBe('REI-2018');
    expect(parameterSetFor(sets, '2019-03-01')?.code).toBe('REI-2018');
    expect(parameterSetFor(sets, '2017-11-30')).toBeNull();
  });
});
